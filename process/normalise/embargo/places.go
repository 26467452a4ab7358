package embargo

import (
	"strings"
	"time"

	"newsdesk/process/normalise/dates"
)

// placeZones are the zones of the places datelines name, in the
// spellings releases use (local, English, and the script of the
// language). A release whose embargo names no zone lifts at the given
// hour in the place it comes from; newsletter tools write their Date
// headers in UTC, so the dateline's place is the better guess.
var placeZones = func() map[string]string {
	m := map[string]string{}
	for zone, places := range map[string]string{
		"Europe/London":                  "london|manchester|birmingham|leeds|liverpool|bristol|edinburgh|glasgow|cardiff|belfast|newcastle|sheffield|aberdeen",
		"Europe/Dublin":                  "dublin|cork|galway|limerick",
		"Europe/Lisbon":                  "lisbon|lisboa|porto|braga|coimbra",
		"Atlantic/Canary":                "las palmas|santa cruz de tenerife",
		"Europe/Madrid":                  "madrid|barcelona|valencia|sevilla|seville|bilbao|zaragoza|málaga|malaga|murcia|valladolid|palma",
		"Europe/Paris":                   "paris|lyon|marseille|toulouse|bordeaux|lille|nantes|strasbourg|nice|rennes|montpellier|toulon|brest",
		"Europe/Brussels":                "brussels|bruxelles|brussel|antwerp|antwerpen|anvers|ghent|gent|liège|liege|bruges|brugge|namur|leuven",
		"Europe/Amsterdam":               "amsterdam|rotterdam|the hague|den haag|'s-gravenhage|utrecht|eindhoven|groningen|den helder|maastricht",
		"Europe/Luxembourg":              "luxembourg|luxemburg",
		"Europe/Berlin":                  "berlin|hamburg|münchen|munich|köln|cologne|frankfurt|frankfurt am main|stuttgart|düsseldorf|dresden|leipzig|hannover|bremen|kiel|bonn|koblenz|nürnberg|rostock|potsdam|mainz",
		"Europe/Vienna":                  "wien|vienna|graz|linz|salzburg|innsbruck|klagenfurt",
		"Europe/Zurich":                  "zürich|zurich|bern|berne|genf|genève|geneva|basel|lausanne|luzern|lugano",
		"Europe/Rome":                    "roma|rome|milano|milan|napoli|naples|torino|turin|genova|genoa|firenze|florence|bologna|venezia|venice|palermo|bari|trieste",
		"Europe/Malta":                   "valletta",
		"Europe/Athens":                  "athens|athina|αθήνα|αθηνα|thessaloniki|θεσσαλονίκη|πειραιάς|piraeus|ελευσίνα|πάτρα|ηράκλειο|λάρισα|βόλος",
		"Asia/Nicosia":                   "nicosia|λευκωσία|limassol|λεμεσός",
		"Europe/Helsinki":                "helsinki|helsingfors|espoo|tampere|turku|åbo|oulu|mikkeli|jyväskylä|kuopio|rovaniemi|vantaa|lahti",
		"Europe/Stockholm":               "stockholm|göteborg|gothenburg|malmö|uppsala|linköping|luleå|karlskrona|umeå|örebro",
		"Europe/Oslo":                    "oslo|bergen|trondheim|stavanger|tromsø|kristiansand|bodø",
		"Europe/Copenhagen":              "københavn|copenhagen|aarhus|århus|odense|aalborg|esbjerg",
		"Atlantic/Reykjavik":             "reykjavík|reykjavik",
		"Europe/Tallinn":                 "tallinn|tartu|pärnu|narva",
		"Europe/Riga":                    "riga|rīga|liepāja|daugavpils",
		"Europe/Vilnius":                 "vilnius|kaunas|klaipėda|klaipeda",
		"Europe/Warsaw":                  "warszawa|warsaw|kraków|krakow|gdańsk|gdansk|wrocław|poznań|łódź|szczecin|lublin|gdynia|rzeszów",
		"Europe/Prague":                  "praha|prague|brno|ostrava|plzeň|olomouc",
		"Europe/Bratislava":              "bratislava|košice|kosice|žilina",
		"Europe/Budapest":                "budapest|debrecen|szeged|pécs|győr|miskolc",
		"Europe/Bucharest":               "bucurești|bucuresti|bucharest|cluj-napoca|iași|iasi|timișoara|constanța|brașov",
		"Europe/Sofia":                   "sofia|софия|пловдив|plovdiv|варна|varna|бургас|burgas",
		"Europe/Belgrade":                "beograd|belgrade|београд|novi sad|нови сад|niš|ниш",
		"Europe/Zagreb":                  "zagreb|split|rijeka|osijek|zadar",
		"Europe/Ljubljana":               "ljubljana|maribor|koper",
		"Europe/Sarajevo":                "sarajevo|mostar|banja luka",
		"Europe/Skopje":                  "skopje|скопје",
		"Europe/Tirane":                  "tirana|tiranë|durrës",
		"Europe/Kyiv":                    "kyiv|kiev|київ|киев|lviv|львів|odesa|одеса|kharkiv|харків|дніпро",
		"Europe/Moscow":                  "moscow|москва|санкт-петербург|st petersburg|saint petersburg|казань|нижний новгород",
		"Europe/Istanbul":                "istanbul|i̇stanbul|ankara|izmir|i̇zmir|bursa|antalya|konya|kocaeli|eskişehir",
		"Asia/Jerusalem":                 "jerusalem|tel aviv|haifa|ירושלים|תל אביב|חיפה|באר שבע|נתניה|רחובות",
		"Asia/Dubai":                     "dubai|abu dhabi|دبي|أبوظبي|ابوظبي|الشارقة",
		"Asia/Riyadh":                    "riyadh|jeddah|الرياض|جدة|الدمام",
		"Asia/Qatar":                     "doha|الدوحة",
		"Africa/Cairo":                   "cairo|القاهرة|الإسكندرية",
		"Asia/Tehran":                    "tehran|تهران|مشهد|اصفهان",
		"Asia/Kolkata":                   "new delhi|delhi|mumbai|bengaluru|bangalore|chennai|kolkata|hyderabad|pune|नई दिल्ली|मुंबई",
		"Asia/Karachi":                   "karachi|islamabad|lahore",
		"Asia/Shanghai":                  "beijing|shanghai|shenzhen|guangzhou|北京|上海|深圳|广州|杭州|成都|郑州|武汉|南京",
		"Asia/Hong_Kong":                 "hong kong|香港",
		"Asia/Taipei":                    "taipei|台北|臺北|高雄|台中|新竹",
		"Asia/Tokyo":                     "tokyo|osaka|東京|東京都|大阪|名古屋|横浜|福岡|札幌",
		"Asia/Seoul":                     "seoul|busan|서울|부산|대전|인천|대구|광주",
		"Asia/Jakarta":                   "jakarta|bandung|surabaya|semarang",
		"Asia/Kuala_Lumpur":              "kuala lumpur|putrajaya|penang|johor bahru",
		"Asia/Singapore":                 "singapore|singapura",
		"Asia/Bangkok":                   "bangkok|กรุงเทพฯ|กรุงเทพ|เชียงใหม่",
		"Asia/Ho_Chi_Minh":               "hanoi|hà nội|ho chi minh city|tp. hồ chí minh|đà nẵng|hải phòng",
		"Asia/Manila":                    "manila|quezon city",
		"America/New_York":               "new york|washington|boston|philadelphia|atlanta|miami|pittsburgh|baltimore|norfolk|detroit",
		"America/Chicago":                "chicago|houston|dallas|austin|minneapolis|st. louis|new orleans|san antonio|milwaukee",
		"America/Denver":                 "denver|salt lake city|boise",
		"America/Phoenix":                "phoenix",
		"America/Los_Angeles":            "los angeles|san francisco|seattle|san diego|portland|san jose|sacramento|las vegas",
		"America/Toronto":                "toronto|ottawa|montréal|montreal|québec|quebec",
		"America/Halifax":                "halifax",
		"America/Vancouver":              "vancouver|victoria",
		"America/Mexico_City":            "ciudad de méxico|mexico city|guadalajara|monterrey",
		"America/Sao_Paulo":              "são paulo|sao paulo|rio de janeiro|brasília|brasilia",
		"America/Argentina/Buenos_Aires": "buenos aires",
		"Australia/Sydney":               "sydney|canberra|melbourne",
		"Australia/Brisbane":             "brisbane",
		"Australia/Adelaide":             "adelaide",
		"Australia/Perth":                "perth",
		"Pacific/Auckland":               "auckland|wellington|christchurch",
		"Africa/Johannesburg":            "johannesburg|pretoria|cape town|durban",
		"Africa/Nairobi":                 "nairobi|mombasa",
		"Africa/Lagos":                   "lagos|abuja",
	} {
		for _, p := range strings.Split(places, "|") {
			m[dates.Fold(p)] = zone
		}
	}
	return m
}()

// PlaceZone is the zone of a dateline's place ("KIEL", "Den Haag",
// "ΕΛΕΥΣΙΝΑ"), or nil when the place is not one we know.
func PlaceZone(place string) *time.Location {
	p := dates.Fold(strings.TrimSpace(strings.Split(place, ",")[0]))
	z, ok := placeZones[p]
	if !ok {
		return nil
	}
	return location(z)
}
