package segment

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"

	"newsdesk/process/normalise/memo"
	"newsdesk/process/normalise/prefilter"
)

// honorific is a rank or title before a contact's name, academic
// ones too ("Mag.", "Mgr.", "Dott.ssa"): an editor files the name
// alone. A title that is a given name as often is left out, or needs
// its dot: "Tuan Anh Nguyen", "Hon Wai Lee" are names.
var honorific = prefilter.MustCompile(`^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Lt|Lieut|Cdr|Cmdr|Comdt|Cmdt|Cdre|Adm|Capt|Cpt|Gp|Col|Maj|Gen|Brig|Sgt|Cpl|Wg|Sqn|Ldr|Flt|Supt|Insp|Det|Cllr|Rev|Herr|Frau|Mme|Mlle|M|Mag|MMag|Mgr|Ing|Dipl\.-Ing|Dott|Dott\.ssa|Sig|Sig\.ra|Drs|Lic|Sr|Sra|Srta|Dña|Dhr|Mevr|Hr|Fr|Ông|Bà|Bapak|Ibu|Sayın|Pan|Pani|Fru|Herra|Rouva|Doamna|Domnul|Gospođa|Gospodin|Gospa|Mx|Bc|PhDr|JUDr|MUDr|RNDr|Ir|Dr\.in|Mag\.a|DI|Prof\.in|κ|κα|κος|г-н|г-жа|श्री|श्रीमती|सुश्री|डॉ|السيد|السيدة|الدكتور|أ\.|د\.|م\.|أ\.د|Bi\.|Bw\.|Bwana|አቶ|Datuk|Dato'?|Datin|Tan\s+Sri|Puan|Encik|Cik|Shri|Smt|Kumari|Sheikh|Shaikh|Eng\.|Engr|Hon\.|Mdm|Madam|المهندس|الأستاذ|الشيخ)\.?\s+)+`)

// place words make "Main Building" an address, not a person.
var place = prefilter.MustCompile(`(?i)\b(?:building|room|street|road|avenue|square|place|tower|quay|wharf|straße|strasse|allee|platz|weg|rue|boulevard|calle|via|plaza|gate|gatan|vej|katu|ulica)\b`)

// rank is a military or police rank, in full or short, in the
// languages the desk receives: "Capitaine de frégate", "plk.",
// "Lieutenant(N)", "Capitão-tenente", "C.F.", "Kapitänleutnant",
// "Cst.", "Đại tá", "Letkol Inf", "Kolonel Laut (T)" (an Indonesian
// rank and its corps), "कर्नल", "العقيد", "2等海佐", "上校", "중령".
var rank = prefilter.MustCompile(`(?i)^(?:(?:air\s+|vice\s+|rear\s+|lieutenant[- ]|major[- ]|brigadier[- ]|wing\s+|group\s+|squadron\s+|flight\s+|staff\s+|chief\s+|master\s+|first\s+|second\s+|petty\s+|warrant\s+)*(?:commodore|admiral|general|brig|gen|col|maj|capt|generał|général|generale|colonel|kolonel|coronel|colonnello|oberst(?:leutnant)?|pułkownik|plk|płk|ppłk|major|mjr|majoor|commandant|comandante|commander|captain|capitaine(?:\s+de\s+(?:frégate|corvette|vaisseau))?|capitán(?:\s+de\s+(?:fragata|corbeta|navío))?|capitão(?:-(?:tenente|de-fragata|de-mar-e-guerra))?|capitano(?:\s+di\s+(?:fregata|corvetta|vascello))?|kapitän(?:\s+zur\s+see)?|kapitan|kapitein|hauptmann|fregattenkapitän|korvettenkapitän|lieutenant(?:\s*\([A-Z]\))?|leutnant|teniente|tenente|sergeant|sergent|sargento|brigadier|brigadeiro|inspector|inspecteur|inspektor|superintendent|chief\s+inspector|officer|kommissar|comisario|commissaire|C\.\s?F\.|C\.\s?V\.|Lt\.?\s?Col\.?|kpt|por|ppor|npor|kmdr|kmdr\s+por|ten|magg|amm|cap|ltc|1lt|2lt|cpt|bgen|mgen|ltgen|lcdr|ssg|sfc|msg|pfc|kapitänleutnant|(?:ober)?leutnant(?:\s+zur\s+see)?|(?:ober)?(?:stabs|haupt)?feldwebel|kapitein(?:-(?:commandant|luitenant-ter-zee|ter-zee))?|luitenant(?:-(?:kolonel|generaal|ter-zee))?|cst|const|constable|s/sgt|pc|ds|dc|(?:đại|thượng|trung|thiếu)\s+(?:tá|úy|uý|tướng)|letkol|kolonel|mayor|kapten|lettu|letda|serka|sertu|serda|brigjen|mayjen|letjen|laksma|laksda|marsma|kompol|akbp|kombes|ipda|iptu|aiptu|bripka|inf|kav|arh|czi|laut(?:\s*\([a-z]{1,3}\))?|pnb|कर्नल|लेफ्टिनेंट(?:\s+कर्नल)?|मेजर|कैप्टन|ब्रिगेडियर|जनरल|कमांडर|कमोडोर|एडमिरल|विंग\s+कमांडर|ग्रुप\s+कैप्टन|العميد(?:\s+الركن)?|اللواء|العقيد|المقدم|الرائد|النقيب|الملازم(?:\s+أول)?|الفريق|[1-3１-３一二三]等[陸海空][佐尉曹]|[1-3１-３一二三][佐尉曹]|[陸海空]将(?:補)?|[大中少上]校|[大中少上]尉|[大中少]佐|[大中少上][将將]|[将將](?:军|軍)|[一二三]级警[监督司]|[一二三]級警[監督司]|警[视視](?:正|長)?|警部(?:補)?|대령|중령|소령|대위|중위|소위|준장|소장|중장|대장|סא["״]ל|אל["״]ם|רס["״]ן|תא["״]ל|רס["״][לר]|תנ["״]צ|סנ["״]צ|רפ["״]ק|סרן|סגן|אלוף|ניצב|פקד|` +
	// Compounds and ranks of the Germanic, Nordic, Slavic, Baltic,
	// Greek and Turkish forces and police.
	`\p{L}*(?:leutnant|löjtnant|løjtnant|luutnantti|kapitän|kapten|kaptajn|kaptein|kapteeni|kommissar|kommissarin|kommissär|komisario|inspektør|inspektör|tarkastaja|overbetjent|politimester|politimeister|admiral|amiral|amiraali|majuri|eversti|överste|kommandør|kommendör|kommandörkapten|sersjant)|` +
	`general(?:major|leutnant|oberst)?|generaal|kenraali|kommandør|kapitän\s+zur\s+see|kapitein(?:-luitenant)?\s+ter\s+zee|capitano\s+di\s+(?:fregata|corvetta|vascello)|(?:vice|contre)-amiral(?:\s+d'escadre)?|` +
	`tcol|tcnel|cte|tte|sgto|plukovník|podplukovník|kapitán|poručík|nadporučík|podporučík|generál|komisarz|nadkomisarz|podkomisarz|komisař|` +
	`полковник|подполковник|майор|капитан|генерал(?:-майор|-лейтенант|-полковник)?|лейтенант|старший\s+лейтенант|підполковник|капітан|` +
	`αντισυνταγματάρχης|συνταγματάρχης|ταγματάρχης|λοχαγός|υποπλοίαρχος|πλοίαρχος|αντιπλοίαρχος|αρχιπλοίαρχος|υποστράτηγος|ταξίαρχος|αντιναύαρχος|υποναύαρχος|σμηναγός|επισμηναγός|αντισμήναρχος|σμήναρχος|αστυνόμος|` +
	`albay|yarbay|binbaşı|yüzbaşı|üsteğmen|teğmen|tuğgeneral|tümgeneral|korgeneral|orgeneral|tuğamiral|tümamiral|koramiral|oramiral|kurmay\s+albay)\.?\s+)+`)

// orgWord: a word naming an organisation, an office or a local
// authority ("Stadt Graz", "Comune di Bari"), in English and the desk's
// other languages.
var orgWord = prefilter.MustCompile(`(?i)\b(?:office|section|department|affairs|relations|team|desk|press|media|communications?|ministry|ltd|limited|gmbh|inc|plc|group|agency|centre|center|service|unit|cell|policing|association|systems|technologies|industries|institute|museum|trust|foundation|university|college|academy|corporation|corp|company|partners|partnership|council|authority|forces|navy|army|police|hospice|charity|aerospace|defence|defense|pressestelle|presse|prensa|imprensa|stampa|pers|presstjänst|pressetjeneste|viestintä|biuro|gabinete|bureau|oficina|departamento|ufficio|kommunikation|comunicación|comunicação|ministerio|ministério|ministero|ministère|secretaría|secretaria|secrétariat|segreteria|dirección|direção|direzione|direction|comando|commandement|jefatura|ejército|exército|esercito|armée|armada|policía|polícia|polizia|gendarmerie|carabinieri|prefectura|prefeitura|prefettura|questura|unidad|unidade|unità|unité|centro|sezione|sección|secção|servizio|servicio|serviço|reparto|settore|sector|relazioni|relaciones|relações|birou|biroul|oddělení|odbor|wydział|dział|zespół|difesa|defensa|défense|defesa|verteidigung|stato\s+maggiore|estado\s+mayor|état-major|city|county|borough|municipality|stadt|gemeinde|landkreis|bezirk|kanton|canton|ville|commune|comune|municipio|ayuntamiento|concello|câmara|gmina|miasto|kommune|kommun|provinz|provincia|province)\b`)

// personIn finds a person's name in one part of a contact line, after the
// rank, title or role written before it: "Major (retd) Iain Buchanan",
// "tiedottaja Anna Koskinen", "Sanne de Vries", "広報担当 小林".
// The contact readers ask it about the same parts several times per
// email (contactName, peopleIn, the column and sender readers): its
// answers are remembered.
func personIn(part string) string { return personMemo.Of(part) }

var personMemo = memo.New(readPersonIn, 256)

// readPersonIn is personIn, unremembered.
func readPersonIn(part string) string {
	part = strings.TrimSpace(aside.ReplaceAllString(part, " "))
	part = strings.TrimSpace(honorific.ReplaceAllString(rank.ReplaceAllString(honorific.ReplaceAllString(part, ""), ""), "")) // "Oberst Dr. Markus Reisner"
	if place.MatchString(part) || orgCompound.MatchString(part) || orgHead.MatchString(part) || orgName.MatchString(part) || officeNounMn.MatchString(part) {
		return ""
	}
	ws := strings.Fields(part)
	if len(ws) > 0 && !hasCase(part) {
		// "คุณสมชาย ใจดี": a Thai title is written onto the given name.
		if t := thaiTitle.FindString(ws[0]); t != "" && len(ws[0]) > len(t) {
			ws = append([]string{ws[0][len(t):]}, ws[1:]...)
		}
		return caselessIn(ws)
	}
	// Drop the lower-case role words before the name, and the words of
	// a sentence after it ("please contact Jane Smith on …").
	for len(ws) > 0 && spokesRole.MatchString(ws[0]) {
		ws = ws[1:] // "Pressesprecherin", "Woordvoerder" at a line's start
	}
	if len(ws) > 2 && titled(ws[:len(ws)-2]) {
		ws = nameAfterTitle(ws) // "Pressechef Mette Holm", "Communications Manager Ann Lowe"
	}
	for len(ws) > 2 && !hasCapital(ws[0]) {
		if department.MatchString(ws[0]) && !(!pressLine.MatchString(ws[1]) && PersonLike(strings.Join(ws[1:], " "))) {
			// "de afdeling Communicatie van Defensie": an office's name,
			// capitalised after its noun; not "press office Jane Smith",
			// a person after it.
			return ""
		}
		ws = ws[1:]
	}
	if len(ws) > 0 && preposition.MatchString(ws[0]) && !(len(ws) > 1 && hyphenGiven.MatchString(ws[1])) {
		return "" // "In Geneva", "At Harbour House": a place, not a person
	}
	for k := 2; k < len(ws); k++ {
		if employedAt.MatchString(ws[k]) {
			ws = ws[:k] // "Marcus Okafor at Tallgrass PR": the person, then the firm
			break
		}
	}
	for len(ws) > 2 && !hasCapital(ws[len(ws)-1]) {
		if jobTitle.MatchString(ws[len(ws)-1]) || spokesRole.MatchString(ws[len(ws)-1]) {
			return "" // "Arktisk Kommandos presseofficer": an organisation's officer, named after it
		}
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 2 && postNominal.MatchString(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // "Mark Evans RN", "Jane Hill OBE"
	}
	name := strings.Join(ws, " ")
	// "NEWS RELEASE" over a contact block is a label, not a name in capitals.
	if !personLike(givenOrgWord.ReplaceAllString(name, "Given$1")) || allCapsWord(ws) || roleEnd.MatchString(ws[len(ws)-1]) || ReleaseLabel.MatchString(name) || publicOffice.MatchString(name) {
		return ""
	}
	if strings.ToUpper(name) == name {
		// "ZIPPORAH KIOKO" under a signed statement: filed as a name.
		name = cases.Title(language.Und).String(strings.ToLower(name))
	}
	return name
}

// givenOrgWord: a given name that spells one of orgWord's words in
// another language, before a capitalised surname: Finnish "Ville"
// (French "ville", a town) in "Ville Rantanen"; "Ville de Paris" has
// its particle.
var givenOrgWord = regexp.MustCompile(`^Ville(\s+\p{Lu})`)

// preposition: a capitalised word that opens a phrase of place or time,
// not a name, in the desk's languages ("To" is left out: the Vietnamese
// surname Tô is written so).
var preposition = regexp.MustCompile(`^(?:In|At|From|For|On|Via|En|Au|Aux|À|Dans|Chez|Para|Por|Desde|Em|Na|No|Nel|Nella|Da|Dal|Im|Aus|Bei|Von|Vom|Zum|Zur|Op|Bij|Uit|I|På|Hos|Från|W|We|Ze|Z|V|Ve|Во|В|Из|Στο|Στη|Στην)$`)

// hyphenGiven: a romanised Korean or Cantonese given name ("Soo-jin",
// "Ka-wai"). Their surnames spell prepositions ("Im Soo-jin", "Na
// Ji-won", "No Hyun-woo", "Au Ka-wai"); a place's name after one is
// capitalised past its hyphen or has none ("Saint-Denis", "Geneva").
var hyphenGiven = regexp.MustCompile(`^\p{Lu}\p{Ll}+-\p{Ll}+,?$`)

// employedAt: the word between a person's name and the firm they speak
// for ("Marcus Okafor at Tallgrass PR").
var employedAt = regexp.MustCompile(`^(?:at|from|with|bei|chez|presso|hos|på|från|bij)$`)

// orgHead: a word that heads an organisation's or an office's name in
// the Romance and South Slavic languages, Vietnamese and Arabic ("Fuerza
// Naval del Pacífico", "Agence spatiale canadienne", "Občina Koper",
// "Cục Đối ngoại", "إدارة الإعلام والاتصال"). Kept out of
// orgWord, which the block labeller's person cue reads, so that its
// model stays as trained.
var orgHead = prefilter.MustCompile(`(?i)^(?:fuerza|fuerzas|força|forças|forza|forze|agence|agencia|agenzia|agência|občina|općina|opština|obec|město|mesto|grad|cục|bộ|sở|viện|trung\s+tâm|tổng\s+cục|ủy\s+ban|ban|phòng|văn\s+phòng|bộ\s+phận|(?:tổng\s+)?công\s+ty|tập\s+đoàn|học\s+viện|bệnh\s+viện|` +
	`kementerian|kementrian|badan|dinas|biro|bagian|bahagian|jabatan|kantor|pusat|direktorat|divisi|lembaga|komisi|suruhanjaya|perbadanan|markas|pangkalan|satuan|balai|sekretariat|majlis|pejabat|kepolisian|humas|` +
	`wizara|idara|ofisi|kitengo|mamlaka|shirika|kagawaran|tanggapan|إدارة|ادارة|الإدارة|مكتب|المكتب|قسم|وزارة|مديرية|هيئة|دائرة|شعبة|وحدة)(?:\s|$)`)

// orgName: a word that names a public body anywhere in a name, in the
// desk's languages ("Guardia Civil", "Hellenic Coast Guard", "Straż
// Graniczna", "Milli Savunma Bakanlığı", "Gemeente Rotterdam"); read
// by personIn only, like orgHead, so the block labeller's cues stay as
// trained. Words that are also given names or surnames (Marina, Cross)
// are left out.
var orgName = prefilter.MustCompile(`(?i)(?:^|[\s-])(?:guardia|guarda|garde|guard|civil|civile|protezione|protección|proteção|protection|police|polizia|policía|polícia|polizei|politi|politiet|polisen|poliisi|policija|policijska|policijos|policie|policji|polícia|rendőrség\p{L}*|főkapitányság|brigade|brigada|bomberos|pompiers|sapeurs-pompiers|feuerwehr|fuoco|vigili|coast|costiera|costera|kustbevakningen|headquarters|station|corps|korps|rouge|rotes|roja|rossa|marinha|navy|ministarstvo|ministerstvo|ministerul|ministerie|ministério|bakanlığı|müdürlüğü|komenda|straż|sbor|uprava|departamentas|kancelaria|statul|forțelor|forţelor|gemeente|provincie|provinz|kreisverwaltung|landratsamt|mairie|préfecture|sécurité|salvamento|inspectoratul|capitania|câmara|ayuntamiento|comune|municipio|harbour|harbor|port|hellenic|royal|forsvarets|puolustusvoimat|kustbevakning|räddningstjänst\p{L}*|redningsselskapet|civilforsvar\p{L}*|red\s+cross|oddělení|tiskové|afdeling|avdeling|avdelning|bagian|humas|büro|bürosu|phòng|מחלקת|אגף|לשכת|יחידת|דוברות|` +
	// Firms: legal forms and the words of a trade.
	`plc|ltd|inc|llc|gmbh|ag|ab|asa|a/s|sa|s\.a|sas|srl|bv|nv|kg|oy|oyj|kft|zrt|nyrt|spa|s\.p\.a|sp|d\.d|d\.o\.o|s\.r\.o|a\.ş|` +
	`networks|engineering|aviation|airlines|airways|shipyard|shipping|energy|energie|énergie|energía|logistics|mining|maritime|dynamics|pharma|bank|insurance|capital|holdings|ventures|telecom|software|electronics|resources|water|robotics|foods|motors|solutions|labs|laboratories|consulting|werke|hotels?|hoteli|` +
	`stiftung|hochschule|klinikum|institut|universität|université|universidad|università|universidade|uniwersytet|univerzita|yliopisto|universitet)(?:$|[\s,.-])`)

// roleEnd: the word that ends a job title, not a name ("Vice
// President", "Managing Director", "Press Officer").
var roleEnd = prefilter.MustCompile(`(?i)^(?:president|director|manager|officer|executive|secretary|coordinator|adviser|advisor|assistant|spokes(?:man|woman|person)|directeur|directrice|director[a]|direttore|direttrice|diretor[a]?|gerente|responsable|responsabile)$`)

// aside: a bracketed note inside a name, "(retd)", "(JG)", "(N)", or
// after it, "(Head of Communications)", "（公关部经理）".
var aside = prefilter.MustCompile(`\s*\([^)]{1,8}\)\s*|\s*\([^)]*\)\s*$|\s*（[^）]*）\s*$`)

// personLike also takes names with lower-case particles: "Sanne de Vries",
// "Ludwig van der Berg".
func personLike(s string) bool {
	return PersonLike(particle.ReplaceAllString(s, " "))
}

var particle = prefilter.MustCompile(`\s(?:(?:de|da|di|do|du|del|della|der|den|van|von|la|le|ter|ten|af|bin|binti|binte|bint|ibn|al|el|y|dos|das|des)\s)+`)

// thaiTitle: the title Thai writes onto a name ("คุณ", Mr "นาย", Mrs
// "นาง", Miss "นางสาว", Dr "ดร.").
var thaiTitle = regexp.MustCompile(`^(?:คุณ|นางสาว|นาย|นาง|ดร\.)`)

// allCapsWord: an acronym among the words ("Пресс-служба АПБС") makes an
// office, not a person.
func allCapsWord(ws []string) bool {
	if surnameCaps(ws) {
		return false
	}
	for _, w := range ws {
		// An initial, "J.", is one letter: no acronym.
		letters := strings.IndexFunc(w, unicode.IsLetter) >= 0 && len([]rune(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))) >= 2
		if letters && strings.ToUpper(w) == w && strings.ToLower(w) != w {
			if len(ws) > 1 && strings.ToUpper(strings.Join(ws, " ")) != strings.Join(ws, " ") {
				return true
			}
		}
	}
	return false
}

// surnameCaps: a name with its surname in capitals, as French,
// Romanian, Italian or Indonesian contact lines write it ("Marie
// DUPONT", "DUPONT Marie", "Jean-Pierre LE GALL"): the words in capitals
// run together at one end, the others are capitalised words, and every
// word in capitals is a word, with a vowel and three letters or more,
// not an acronym ("Pressestelle SWM").
func surnameCaps(ws []string) bool {
	caps := make([]bool, len(ws))
	n := 0
	for k, w := range ws {
		letters := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if letters == "" {
			return false
		}
		if caps[k] = strings.ToUpper(letters) == letters && strings.ToLower(letters) != letters; caps[k] {
			if utf8.RuneCountInString(letters) < 3 || !strings.ContainsAny(strings.ToLower(letters), vowels) {
				return false
			}
			n++
		} else if r, _ := utf8.DecodeRuneInString(letters); !unicode.IsUpper(r) {
			return false
		}
	}
	if n == 0 || n == len(ws) {
		return false
	}
	// One run of capitals, at the start or at the end.
	return !slices.Contains(caps[:n], false) || !slices.Contains(caps[len(ws)-n:], false)
}

// vowels are the lower-case vowels of the Latin, Cyrillic and Greek
// alphabets, plain and accented, that a surname has and an acronym
// mostly lacks.
const vowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿăąęėěīıįőűųůаеёиоуыэюяєіїαεηιουω"

// caselessIn picks a name among the words of a script without capitals:
// the first word after the organisation and office words that open the
// part (long words, or words that end as an office does), and in Chinese
// or Japanese the given name written after it: "東邦レーダー工業株式会社 広報部 佐藤 美咲" gives
// "佐藤 美咲", "위협분석팀 강민수 선임연구원" gives "강민수".
func caselessIn(ws []string) string {
	if officeEnd.MatchString(ws[len(ws)-1]) || hangulUnit.MatchString(ws[len(ws)-1]) {
		return "" // "한빛조선 홍보팀", "東和造船株式会社 広報部": an office names no one after it
	}
	// A rank written before the name is no part of it ("중령 김철수",
	// "上校 张伟", "2等陸佐 佐藤健一").
	before := func(w string) bool { return officeWord(w) && rankAfter(w) == w || rank.MatchString(w+" ") } // "佐藤健一一佐" is long for a rank, not an office
	start := 0
	for start < len(ws) && before(ws[start]) {
		start++
	}
	// "한빛조선 홍보팀 이수진 과장": a short organisation's name before
	// its office; the name follows the last office word.
	for k := len(ws) - 2; k >= start; k-- {
		if before(ws[k]) && !before(ws[k+1]) {
			start = k + 1
			break
		}
	}
	if start >= len(ws) {
		return ""
	}
	name := rankAfter(ws[start])
	switch {
	case han.MatchString(name):
		if start+1 < len(ws) && name == ws[start] && han.MatchString(ws[start+1]) && len([]rune(ws[start+1])) <= 3 && !hanTitle.MatchString(ws[start+1]) && !rank.MatchString(ws[start+1]+" ") {
			name += " " + ws[start+1]
		}
	case !hangul.MatchString(name):
		// Arabic, Hebrew, Thai: a name of several words, "نورة المنصوري";
		// after a press office's word ("דוברות אופק מערכות") the words
		// name its organisation.
		if pressLine.MatchString(strings.Join(ws[:start], " ")) {
			return ""
		}
		name = strings.Join(ws[start:], " ")
	}
	if caselessName(name) {
		return name
	}
	return ""
}

// rankAfter drops a rank written onto the end of a Chinese, Japanese or
// Korean name ("陳建宏上校", "佐藤健一一佐", "김철수중령"), as these
// languages put a rank after the name; the name keeps two characters
// at least.
func rankAfter(w string) string {
	rs := []rune(w)
	for i := 2; i < len(rs)-1; i++ {
		suffix := string(rs[i:])
		if !han.MatchString(suffix) && !hangul.MatchString(suffix) {
			continue
		}
		if m := rank.FindString(suffix + " "); m == suffix+" " {
			return string(rs[:i])
		}
	}
	return w
}

// officeWord: a long word, or one that ends as an office's does.
func officeWord(w string) bool {
	letters := 0 // an Indic vowel sign is a mark, not a letter
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return len([]rune(w)) > 5 && letters > 4 || officeEnd.MatchString(w) || hangulOffice.MatchString(w) || cjkRole.MatchString(w)
}

// cjkRole: a Chinese, Japanese or Korean role written before a name
// ("新闻发言人 张敏", "報道官 鈴木 一郎", "발표자 박지훈"): like an office's
// word, the name follows it.
var cjkRole = prefilter.MustCompile(`(?:发言人|發言人|報道官|広報官|部长|部長|局长|局長|处长|處長|대변인|발표자|담당자|担当者)$`)

// officeEnd and hangulOffice: how offices, units and titles end ("広報部",
// "広報担当", "커뮤니케이션팀", "대변인실", "국방부"); a two-character Japanese word
// may be a surname ("阿部"), a Korean one may be a title ("차장").
var (
	officeEnd    = regexp.MustCompile(`^\p{L}{2,}(?:部|室|課|係|班|局|庁|省|署|所|社|担当|中心|組|处|處)$`)
	hangulOffice = regexp.MustCompile(`^\p{Hangul}+(?:팀|실|장|처|센터|원|관|부)$`)
	// hangulUnit: how a unit's name ends, not a title's ("과장", "연구원").
	hangulUnit = regexp.MustCompile(`^\p{Hangul}+(?:팀|실|처|센터|부)$`)
	han        = regexp.MustCompile(`^[\p{Han}\p{Hiragana}\p{Katakana}]+$`)
	// hanTitle: a courtesy title or a job title written after a Chinese
	// or Japanese name ("王丽 女士", "陳怡君 經理"), not its given name.
	hanTitle = regexp.MustCompile(`^(?:女士|先生|小姐|经理|經理|主任|部长|部長|处长|處長|科长|科長|总监|總監|主管|专员|專員|发言人|發言人|博士|教授|さん|様|氏)$`)
	hangul   = regexp.MustCompile(`^\p{Hangul}+$`)
)

func hasCapital(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// hasCase: the script writes capitals.
func hasCase(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r) || unicode.IsLower(r)
		}
	}
	return true
}

// PersonLike: two to four capitalised words without organisation words.
func PersonLike(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return !officeNoun.MatchString(s) && !orgWord.MatchString(s) // the costly test last
}

// department: a lower-case noun of a unit written before its name
// ("afdeling Communicatie", "oddělení Komunikace", "la oficina de
// Prensa"), in the desk's languages.
var department = prefilter.MustCompile(`(?i)^(?:afdeling|avdeling|avdelning|osasto|yksikkö|abteilung|referat|dienst|tjeneste|tjänst|enhet|odjel|služba|oddelenie|oddělení|odbor|wydział|dział|biuro|biroul|serviciul|departament|departamento|department|division|división|divisione|dirección|direção|direzione|direction|oficina|ufficio|gabinete|bureau|servicio|serviço|servizio|service|sección|sezione|secção|section|unidad|unidade|unità|unité|unit|office|cục|phòng|bagian|biro|dinas|отдел|служба|управление|відділ|управління|γραφείο|τμήμα|υπηρεσία|διεύθυνση)$`)

// officeNounMn: the Mongolian office nouns ("ОБЕГ-ын Хэвлэл мэдээлэл,
// … хэлтэс": press, department), read by the contact readers only.
var officeNounMn = prefilter.MustCompile(`(?i)(?:^|[\s-])(?:хэвлэл|хэлтэс)`)

// officeNoun: a word naming an office in the scripts orgWord's word
// boundaries do not see: "Пресс-служба Северной верфи", "Γραφείο Τύπου
// Λιμενικού Σώματος" are offices, not people.
var officeNoun = prefilter.MustCompile(`(?i)(?:^|[\s-])(?:прес+(?:-|\s|центр|служб)|служб|комунікац|коммуникац|отдел|управлени|департамент|сектор|відділ|центр|штаб|министерств|міністерств|комитет|комітет|γραφεί|τύπου|υπηρεσί|διεύθυνσ|τμήμα|υπουργεί|επιτελεί|αρχηγεί|σώμα|λιμεναρχεί|αστυνομ|πυροσβεστ|κέντρ|οργανισμ|επιτροπ|агентств|бюро|войск|полици|поліці)`)
