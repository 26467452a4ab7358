package tag

// cue is a hand-chosen phrase that signals a topic, with its weight.
type cue struct {
	text   string
	weight float64
}

func cues(w float64, texts ...string) []cue {
	out := make([]cue, len(texts))
	for i, t := range texts {
		out[i] = cue{t, w}
	}
	return out
}

func join(lists ...[]cue) []cue {
	var out []cue
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// moreLanguages extends the core defence codes, and the civil security
// services, disasters, crime, research, war and company results that the
// desk's other mail is about, to its other languages: Dutch, Italian,
// Portuguese, Polish, Czech, Hungarian, Swedish, Danish, Norwegian,
// Finnish, Romanian, Russian, Ukrainian, Greek, Turkish, Japanese, Korean
// and Chinese; and the defence, police, crime, disaster, research and war
// words of Lithuanian, Latvian, Estonian, Bulgarian, Croatian, Serbian,
// Slovenian, Slovak, Hebrew, Hindi and Arabic, for the ministries and
// services that write in them (common words and their frequent inflected
// forms; words that are also English words of another sense are left out).
var moreLanguages = map[string][]cue{
	// Environment, health and labour, the civil topics beside defence that
	// the desk's mail in every language is about (its English, German,
	// French and Spanish words are in curatedTopics).
	"06000000": cues(2.0, "milieu", "klimaat", "uitstoot", "duurzaam", "duurzame", "vervuiling", "biodiversiteit", "hernieuwbare",
		"ambiente", "ambientale", "emissioni", "inquinamento", "biodiversità", "rinnovabili", "sostenibilità", "meio ambiente", "ambiental",
		"emissões", "poluição", "biodiversidade", "renováveis", "sustentabilidade", "emisiones", "contaminación", "biodiversidad",
		"renovables", "sostenibilidad", "climat", "émissions", "pollution", "biodiversité", "renouvelable", "umweltschutz", "emissionen",
		"klimaschutz", "naturschutz", "artenschutz", "erneuerbare", "nachhaltigkeit", "środowisko", "środowiska", "klimat", "klimatu",
		"emisje", "emisji", "zanieczyszczenie", "odnawialne", "odnawialnych", "životní prostředí", "životního prostředí", "emise",
		"znečištění", "obnovitelné", "környezetvédelmi", "éghajlat", "kibocsátás", "szennyezés", "megújuló", "miljö", "miljön",
		"klimatet", "utsläpp", "föroreningar", "naturreservat", "förnybar", "förnybara", "miljø", "miljøet", "klimaet", "udledning",
		"forurening", "vedvarende energi", "utslipp", "forurensning", "fornybar", "ympäristö", "ympäristön", "ilmasto", "ilmaston",
		"päästöt", "päästöjä", "luonnonsuojelu", "uusiutuva", "uusiutuvan", "mediului", "climă", "emisii", "poluare", "poluarea",
		"regenerabilă", "regenerabile", "экология", "окружающей среды", "климат", "выбросы", "загрязнение", "довкілля", "екологія",
		"клімат", "викиди", "забруднення", "περιβάλλον", "περιβάλλοντος", "κλίμα", "εκπομπές", "ρύπανση", "ανανεώσιμες", "çevre",
		"iklim", "emisyon", "kirlilik", "yenilenebilir", "keskkond", "keskkonna", "kliima", "reostus", "aplinkos", "klimatas", "tarša",
		"piesārņojums", "okoliš", "okoliša", "zagađenje", "загађење", "סביבה", "אקלים", "זיהום", "البيئة", "المناخ", "التلوث",
		"पर्यावरण", "जलवायु", "प्रदूषण", "môi trường", "khí hậu", "ô nhiễm", "lingkungan", "pencemaran", "環境", "気候", "排出", "汚染",
		"环境", "气候", "排放", "污染", "生态", "환경", "기후", "오염"),
	// Natural disasters, irregular migration and charity in every
	// language of the desk: geological and weather services, border
	// guards and aid organisations write about them. A word that also
	// names an aircraft, a ship or a weapon ("Typhoon", "Cyclone",
	// "Orkan", "Uragan", "Volcano", "Vulcano") is left out for the words
	// of the event itself ("tropical storm", "volcanic", "eruption").
	"20000153": cues(3.0, "earthquake", "quake", "seismic", "erdbeben", "séisme", "tremblement de terre", "terremoto", "sismo",
		"aardbeving", "trzęsienie ziemi", "zemětřesení", "földrengés", "jordbävning", "jordskælv", "jordskjelv", "maanjäristys",
		"cutremur", "землетрясение", "землетрус", "σεισμός", "deprem", "maavärin", "žemės drebėjimas", "zemestrīce", "potres",
		"земљотрес", "רעידת אדמה", "زلزال", "भूकंप", "động đất", "gempa", "lindol", "jarðskjálfti", "地震", "지진", "tsunami", "цунами",
		"津波", "海啸", "쓰나미"),
	"20000159": cues(3.0, "volcanic", "eruption", "vulkanausbruch", "éruption", "volcan", "erupción", "volcán",
		"eruzione", "erupção", "vulcão", "wulkan", "sopka", "vulkán", "vulkaanpurkaus", "erupție", "извержение", "вулкан",
		"виверження", "ηφαίστειο", "yanardağ", "הר געש", "بركان", "ज्वालामुखी", "núi lửa", "gunung api", "erupsi", "eldgos", "噴火",
		"火山", "화산"),
	"20000158": cues(2.5, "tropical storm", "tropical cyclone", "super typhoon", "hurricane season", "hurricane warning", "typhoon warning",
		"cyclone warning", "windstorm", "ouragan", "tempête", "huracán", "tifón",
		"uragano", "tempesta", "furacão", "tempestade", "orkaan", "huragan", "wichura", "hurikán", "vihar", "myrsky",
		"шторм", "τυφώνας", "καταιγίδα", "kasırga", "tormi", "vėtra", "vētra", "סופה", "إعصار", "चक्रवात",
		"bão", "badai", "bagyo", "台風", "颱風", "台风", "태풍"),
	"20000773": cues(2.5, "illegal immigration", "irregular migration", "illegal migrants", "people smuggling", "migrant smuggling",
		"illegale migration", "schleuser", "schleusung", "immigration irrégulière", "passeurs", "inmigración irregular", "migrantes",
		"immigrazione clandestina", "migranti", "imigração ilegal", "illegale immigratie", "mensensmokkel", "nielegalna migracja",
		"migrantów", "nelegální migrace", "illegális migráció", "irreguljär migration", "människosmuggling",
		"ulovlig indvandring", "menneskesmugling", "laiton maahantulo", "migrantit", "migrație ilegală", "незаконная миграция",
		"мигрантов", "нелегальна міграція", "мігрантів", "παράνομη μετανάστευση", "μετανάστες", "düzensiz göç", "kaçak göçmen",
		"ebaseaduslik ränne", "nelegali migracija", "nelegālā migrācija", "ilegalna migracija", "krijumčarenje migranata",
		"илегалне миграције", "הסתננות", "الهجرة غير الشرعية", "अवैध प्रवास", "不法入国", "不法移民", "非法移民", "偷渡", "밀입국"),
	"20000818": cues(2.5, "hulporganisatie", "donaties", "vrijwilligers", "beneficenza", "volontari", "donazioni", "caridade",
		"voluntários", "doações", "beneficencia", "voluntarios", "donaciones", "bénévoles", "dons", "ehrenamtliche", "spenden",
		"wolontariusze", "darowizny", "dobrovolníci", "dary", "önkéntesek", "adomány", "volontärer", "insamling", "frivillige",
		"innsamling", "vapaaehtoiset", "lahjoitukset", "voluntari", "donații", "волонтеры", "пожертвования", "благотворительн",
		"волонтери", "благодійн", "пожертви", "εθελοντές", "δωρεές", "gönüllüler", "bağış", "vabatahtlikud", "savanoriai", "brīvprātīgie",
		"volonteri", "донације", "מתנדבים", "תרומות", "متطوعين", "التبرعات", "स्वयंसेवक", "tình nguyện", "relawan", "donasi",
		"ボランティア", "寄付", "志愿者", "捐赠", "자원봉사", "기부"),
	// Scientific research: studies and the people who make them; "report"
	// and "research" alone are left out (order books, R&D budgets).
	"20000735": cues(2.0, "study", "researchers", "scientists", "think tank", "peer-reviewed", "studie", "forscher", "forscherinnen",
		"wissenschaftler", "étude", "chercheurs", "scientifiques", "estudio", "investigadores", "científicos", "ricercatori",
		"scienziati", "estudo", "pesquisadores", "cientistas", "onderzoekers", "wetenschappers", "badanie", "badania naukowe",
		"naukowcy", "vědci", "výzkumníci", "kutatók", "forskare", "forskere", "forskerne", "tutkijat", "tutkijoiden", "cercetători",
		"studiu", "исследование", "учёные", "ученые", "науковці", "вчені", "μελέτη", "ερευνητές", "επιστήμονες", "araştırmacılar",
		"teadlased", "mokslininkai", "zinātnieki", "znanstvenici", "истраживачи", "חוקרים", "الباحثون", "शोधकर्ता", "nhà khoa học",
		"peneliti", "研究者", "研究チーム", "研究人员", "科学家", "연구진", "연구팀"),
	"07000000": cues(2.0, "gezondheid", "ziekenhuis", "patiënten", "sanità", "ospedale", "pazienti", "saúde", "pacientes",
		"sanidad", "sanitario", "hospitales", "salud mental", "patients", "hôpitaux", "médical", "médicale", "soins", "gesundheitswesen",
		"patienten", "klinikum", "ärzte", "zdrowie", "zdrowia", "szpital", "pacjentów", "pacjenci", "zdraví", "nemocnice", "pacienti",
		"pacientů", "egészségügyi", "kórház", "betegek", "hälsa", "sjukhus", "patienter", "sundhed", "sygehus", "helse", "sykehus",
		"pasienter", "terveys", "terveyden", "sairaala", "potilaat", "potilaiden", "sănătate", "sănătății", "spital", "pacienți",
		"здравоохранения", "больница", "пациентов", "здоровья", "здоров'я", "лікарня", "пацієнтів", "υγεία", "υγείας", "νοσοκομείο",
		"ασθενείς", "sağlık", "hastane", "tervishoid", "haigla", "sveikatos", "ligoninė", "veselība", "zdravlje", "здравље", "בריאות",
		"בית חולים", "الصحة", "مستشفى", "المرضى", "स्वास्थ्य", "अस्पताल", "y tế", "bệnh viện", "kesehatan", "rumah sakit", "医療",
		"病院", "患者", "医疗", "医院", "의료", "병원", "환자"),
	"09000000": cues(2.0, "arbeitnehmer", "gewerkschaft", "tarifvertrag", "streik", "fachkräfte", "ausbildungsplätze", "beschäftigung",
		"emplois", "salariés", "syndicat", "grève", "recrutement", "embauche", "empleos", "trabajadores", "sindicato", "huelga",
		"puestos de trabajo", "posti di lavoro", "occupazione", "lavoratori", "sindacati", "sciopero", "assunzioni", "empregos", "emprego",
		"trabalhadores", "greve", "contratação", "banen", "werkgelegenheid", "werknemers", "vakbond", "staking", "miejsc pracy",
		"zatrudnienie", "pracowników", "pracownicy", "strajk", "wynagrodzenia", "pracovních míst", "zaměstnanci", "zaměstnanců", "odbory",
		"stávka", "zaměstnanost", "munkahely", "munkahelyek", "munkavállalók", "szakszervezet", "sztrájk", "arbetstillfällen", "anställda",
		"fackförbund", "strejk", "kollektivavtal", "arbejdspladser", "medarbejdere", "ansatte", "fagforening", "strejke",
		"arbeidsplasser", "streik", "työpaikkoja", "työpaikat", "työntekijät", "työntekijöitä", "ammattiliitto", "lakko", "työllisyys",
		"locuri de muncă", "angajați", "grevă", "рабочих мест", "профсоюз", "забастовка", "занятость", "робочих місць", "працівники",
		"профспілка", "страйк", "зайнятість", "θέσεις εργασίας", "εργαζόμενοι", "απεργία", "απασχόληση", "istihdam", "sendika", "grev",
		"töökohti", "töötajad", "darbo vietų", "darba vietas", "radna mjesta", "радних места", "תעסוקה", "عمال", "التوظيف", "रोजगार",
		"việc làm", "lao động", "tenaga kerja", "lapangan kerja", "雇用", "採用", "従業員", "労働", "就业", "招聘", "员工", "劳动",
		"고용", "채용", "일자리", "노동", "파업"),
	"20000133": cues(2.0, "policija", "policijos", "politsei", "полицията", "משטרה", "המשטרה", "पुलिस", "الشرطة", "politie", "polícia",
		"carabinieri", "policja", "policji", "policjanci", "policie", "policisté", "policejní", "rendőrség", "rendőrök", "polisen",
		"politiet", "politi", "poliisi", "poliisin", "poliția", "poliției", "полиция", "полиции", "поліція", "поліції", "αστυνομία",
		"αστυνομίας", "emniyet", "警察", "경찰", "警方"),
	"02000000": cues(1.8, "nusikaltimas", "prokuratūra", "kuritegu", "prokuratuur", "престъпление", "прокуратурата", "kazneno djelo",
		"פשע", "הפרקליטות", "अपराध", "جريمة", "النيابة العامة", "misdrijf", "rechtbank", "openbaar ministerie", "aangehouden", "reato",
		"tribunale", "arrestato", "detido", "przestępstwo", "przestępstw", "prokuratura", "trestný čin", "státní zastupitelství",
		"bűncselekmény", "bíróság", "ügyészség", "åklagare", "domstol", "gripen", "anholdt", "anklager", "rikos", "rikoksen", "syyttäjä",
		"infracțiune", "procuror", "преступление", "прокуратура", "задержан", "злочин", "έγκλημα", "δικαστήριο", "εισαγγελέας", "suç",
		"mahkeme", "savcılık", "gözaltı", "逮捕", "容疑", "범죄", "검찰", "체포", "犯罪"),
	"03000000": cues(2.0, "gaisras", "potvynis", "gelbėtojai", "ugunsgrēks", "plūdi", "glābēji", "päästeamet", "tulekahju", "üleujutus",
		"спасители", "požar", "poplava", "spasioci", "povodne", "חירום", "הצלה", "שריפה", "आपदा", "बचाव", "बाढ़", "الدفاع المدني", "الإنقاذ",
		"حريق", "فيضانات", "brandweer", "hulpdiensten", "overstroming", "protezione civile", "vigili del fuoco", "soccorso", "alluvione",
		"proteção civil", "bombeiros", "resgate", "incêndio", "inundação", "ratownicy", "straż pożarna", "powódź", "pożar", "hasiči",
		"záchranáři", "povodně", "požár", "katasztrófavédelem", "tűzoltók", "árvíz", "räddningstjänsten", "översvämning", "krisberedskap",
		"redning", "oversvømmelse", "brann", "flom", "pelastuslaitos", "tulva", "salvatori", "inundații", "incendiu", "situații de urgență",
		"спасатели", "мчс", "пожар", "наводнение", "рятувальники", "пожежа", "πυροσβεστική", "διάσωση", "πυρκαγιά", "πλημμύρα",
		"πολιτική προστασία", "afet", "kurtarma", "yangın", "災害", "救助", "防災", "消防", "재난", "소방", "재해", "灾害", "救援", "应急"),
	"13000000": cues(1.5, "moksliniai tyrimai", "pētniecība", "teadus", "uuringud", "изследвания", "istraživanje", "výskum", "מחקר",
		"अनुसंधान", "शोध", "البحث العلمي", "onderzoek", "technologie", "innovatie", "ricerca", "tecnologia", "innovazione", "pesquisa",
		"inovação", "badania", "technologia", "innowacje", "výzkum", "inovace", "kutatás", "technológia", "innováció", "forskning", "teknik",
		"teknologi", "tutkimus", "teknologia", "cercetare", "tehnologie", "исследования", "технологии", "дослідження", "технології",
		"έρευνα", "τεχνολογία", "καινοτομία", "araştırma", "teknoloji", "研究", "技術", "연구", "기술", "技术", "研发"),
	"20000056": cues(2.2, "karas", "karo", "karš", "sõda", "sõja", "войната", "vojna", "מלחמה", "המלחמה", "युद्ध", "الحرب", "wojna",
		"wojny", "válka", "války", "háború", "krig", "kriget", "krigen", "sota", "sodan", "război", "războiul", "война", "войны", "війна",
		"війни", "πόλεμος", "savaş", "戦争", "전쟁", "战争", "戰爭"),
	"20000178": cues(2.2, "omzet", "fatturato", "utile", "receita", "lucro", "przychody", "zysk", "tržby", "zisk", "árbevétel",
		"nyereség", "omsättning", "rörelseresultat", "omsætning", "overskud", "omsetning", "driftsresultat", "liikevaihto", "liikevoitto",
		"cifra de afaceri", "выручка", "прибыль", "виручка", "прибуток", "κύκλος εργασιών", "κέρδη", "ciro", "売上高", "営業利益", "매출", "영업이익",
		"营收", "净利润"),
	"20000599": cues(1.6, "kariuomenė", "kariuomenės", "kariai", "pratybos", "bruņotie spēki", "karavīri", "kaitsevägi", "kaitseväe",
		"kaitseliit", "sõdurid", "õppus", "въоръжените сили", "военни", "учение", "vojska", "oružane snage", "vojnici", "ozbrojené sily",
		"vojaci", "צבא", "הצבא", "חיילים", "תרגיל", "सेना", "सैनिक", "सशस्त्र बल", "القوات المسلحة", "الجيش", "الجنود", "مناورات", "wojsko",
		"wojska", "armia", "żołnierzy", "siły zbrojne", "marynarka wojenna", "ćwiczenia", "armáda", "vojáci", "vojáků", "cvičení",
		"honvédség", "katonák", "katonai", "gyakorlat", "försvarsmakten", "armén", "marinen", "flygvapnet", "soldater", "övning",
		"forsvaret", "hæren", "søværnet", "puolustusvoimat", "sotilaat", "armata", "militari", "forțele", "армия", "вооружённые силы",
		"военнослужащие", "учения", "στρατός", "ένοπλες δυνάμεις", "πολεμική αεροπορία", "άσκηση", "ordu", "silahlı kuvvetler",
		"deniz kuvvetleri", "tatbikat", "自衛隊", "陸上自衛隊", "海上自衛隊", "訓練", "장병", "육군", "해군", "공군", "훈련", "군", "國軍", "军队", "部队", "海軍", "海军", "演习",
		"演習"),
	"20000602": cues(1.8, "ginkluotė", "ginklai", "šaudmenys", "bruņojums", "ieroči", "munīcija", "relvad", "laskemoon", "въоръжение",
		"оръжие", "боеприпаси", "oružje", "streljivo", "munícia", "נשק", "טילים", "תחמושת", "हथियार", "मिसाइल", "الأسلحة", "صواريخ", "ذخيرة",
		"uzbrojenie", "uzbrojenia", "amunicja", "amunicji", "pocisków", "pociski", "artyleryjskich", "czołgi", "okręt", "zbraně", "munice",
		"vrtulník", "vrtulníky", "tanky", "fegyver", "lőszer", "harckocsi", "vapen", "ammunition", "robot", "stridsvagn", "våben", "aseet",
		"ampumatarvikkeet", "armament", "muniție", "rachete", "оружие", "ракета", "ракеты", "радар", "вооружение", "боеприпасы", "όπλα",
		"πυρομαχικά", "πύραυλοι", "füze", "mühimmat", "silah", "radar", "武器", "防衛装備", "レーダー", "ミサイル", "弾薬", "무기", "미사일", "레이더", "탄약", "飛彈",
		"导弹", "雷達", "雷达", "彈藥", "弹药", "巡防艦", "艦艇"),
	"20000598": cues(1.6, "gynyba", "gynybos", "krašto apsaugos", "aizsardzība", "aizsardzības", "kaitseministeerium", "отбрана",
		"отбраната", "odbrana", "obramba", "ביטחון", "משרד הביטחון", "रक्षा", "الدفاع", "وزارة الدفاع", "obrony", "obronności", "obrana",
		"obrany", "védelmi", "honvédelmi", "försvar", "forsvar", "puolustus", "apărării", "оборона", "обороны", "άμυνα", "άμυνας", "savunma",
		"防衛", "国防", "國防", "국방", "방위", "安全保障"),
}

// curatedTopics adds the vocabulary a desk's defence and security copy
// uses, which IPTC's labels alone miss, in the desk's main languages
// (en, fr, de, es, it, nl, pl, pt and a few Nordic words). Phrases are
// matched as tokens (see tokens), so a plural "s" is already folded.
var curatedTopics = map[string][]cue{
	"20000599": join( // armed forces
		cues(1.6, "armed forces", "soldier", "troop", "battalion", "regiment", "brigade", "infantry", "royal navy", "royal marines", "air force",
			"army", "navy", "military exercise", "exercise", "reservist", "sailor", "personnel", "garrison", "deployment", "deployed", "cadet",
			"bundeswehr", "streitkräfte", "soldaten", "soldat", "heer", "marine", "luftwaffe", "übung", "truppe", "brigade", "kaserne",
			"forces armées", "armée", "armées", "militaires", "soldats", "régiment", "exercice", "état-major",
			"fuerzas armadas", "ejército", "armada", "militares", "soldados", "ejercicio",
			"forze armate", "esercito", "marina militare", "krijgsmacht", "defensie", "landmacht", "wojsko", "żołnierze",
			"forças armadas", "exército", "marinha", "försvarsmakten", "forsvaret", "armáda", "honvédség", "armata"),
		cues(0.8, "military", "militär", "militaire", "militar", "militare", "commander", "training", "mission", "frigate", "warship"),
	),
	"20000602": join( // military weaponry
		cues(1.8, "weapon", "missile", "munition", "ammunition", "artillery", "howitzer", "tank", "armoured vehicle", "armored vehicle",
			"drone", "unmanned", "uav", "counter-drone", "air defence", "air defense", "rifle", "torpedo", "loitering", "submarine",
			"fighter jet", "radar", "sonar", "warhead", "rocket", "shell", "155mm", "ballistic", "optronic", "targeting", "frigate", "corvette",
			"defence contract", "defence industry", "defence procurement", "procurement",
			"waffen", "waffensystem", "rüstung", "rüstungs", "munition", "panzer", "drohne", "drohnen", "drohnenabwehr", "flugabwehr", "fregatte", "korvette", "u-boot",
			"armement", "armes", "missile", "munitions", "obus", "char", "frégate", "sous-marin", "drones",
			"armamento", "armas", "misil", "misiles", "municiones", "fragata", "carro de combate",
			"armamenti", "missili", "munizioni", "wapen", "munitie", "uzbrojenie", "amunicja", "armamento", "mísseis"),
		cues(0.8, "system", "contract", "delivery", "supplier", "sensor", "vehicle"),
	),
	"20000600": cues(3.0, "veteran", "ex-service", "service leaver", "former service", "armed forces covenant", "veteranen", "anciens combattants",
		"veteranos", "veterani", "weterani"),
	"20000605": join( // espionage and intelligence
		cues(2.2, "intelligence", "espionage", "spy", "gchq", "mi5", "mi6", "signals intelligence", "state-sponsored", "threat actor",
			"cyber attack", "cyber-attack", "cyber security", "cybersecurity", "national cyber security centre", "ncsc", "hostile state",
			"geheimdienst", "nachrichtendienst", "spionage", "renseignement", "espionnage", "inteligencia", "espionaje", "intelligence agency"),
		cues(1.0, "vulnerability", "malware", "advisory", "hacker", "cyber"),
	),
	"20000053": cues(3.0, "terror", "terrorist", "terrorism", "counter terrorism", "counter-terrorism", "terrorism act", "extremist", "extremism",
		"terrorisme", "terroriste", "terrorismus", "terroristisch", "terrorismo", "terrorista", "terroryzm"),
	"20000056": join( // armed conflict
		cues(2.2, "war", "invasion", "frontline", "front line", "shelling", "airstrike", "air strike", "combat", "occupied", "hostilities",
			"demining", "landmine", "mine clearance", "battlefield", "krieg", "guerre", "guerra", "oorlog", "wojna", "conflict"),
		cues(1.0, "attack", "fighting", "russia", "aggression", "krieges", "angriffskrieg"),
	),
	"20000065": cues(2.2, "violence", "riot", "unrest", "protester", "protest", "clashes", "tensions", "de-escalate", "de-escalation",
		"unruhen", "ausschreitungen", "émeute", "violences", "disturbios", "violencia"),
	"20000073": cues(3.0, "peace talks", "peace process", "ceasefire", "cease-fire", "peace agreement", "negotiation", "peace negotiation",
		"friedensgespräche", "friedensprozess", "waffenstillstand", "processus de paix", "cessez-le-feu", "proceso de paz", "diálogos de paz",
		"alto el fuego", "peace", "dialogue"),
	"20000059": cues(2.5, "peacekeeping", "peacekeeper", "unifil", "eufor", "blue helmet", "friedensmission", "maintien de la paix"),
	"20000303": cues(2.5, "shipbuilding", "shipyard", "shipbuilder", "hull", "launch of", "keel", "werft", "schiffbau", "chantier naval", "astillero",
		"cantiere", "stocznia", "estaleiro", "dockyard", "ship repair"),
	"20001159": cues(2.0, "government contract", "public contract", "awarded a contract", "contract award", "tender", "framework agreement",
		"ausschreibung", "öffentlicher auftrag", "marché public", "licitación"),
	"20000178": cues(2.2, "revenue", "half-year", "first half", "quarter", "earnings", "ebit", "operating profit", "net profit", "guidance",
		"umsatz", "halbjahr", "quartal", "gewinn", "chiffre d'affaires", "ingresos", "beneficio"),
	"20000168": cues(2.2, "emergency response", "rescue", "evacuate", "evacuation", "sandbag", "relief", "katastrophenhilfe", "einsatzkräfte",
		"assistenzeinsatz", "secours", "rescate"),
	"20000154": cues(3.0, "flood", "flooding", "floodwater", "hochwasser", "überschwemmung", "inondation", "inundación"),
	"20000150": cues(2.5, "blaze", "firefighter", "fire service", "fire and rescue", "feuerwehr", "brand", "pompier", "incendio", "bombero"),
	"20000133": cues(2.0, "police", "officer", "polizei", "police nationale", "gendarmerie", "guardia civil", "policía", "polizia"),
	"20000103": cues(2.0, "terrorism offence", "terrorism act", "preparation of terrorist act"),
	"20000130": cues(2.5, "arrested", "arrest", "festnahme", "festgenommen", "interpellé", "detenido"),
	"20000086": cues(2.5, "cybercrime", "cyber crime", "ransomware", "phishing", "cyberkriminalität", "cybercriminalité"),
	"20000229": cues(2.0, "computer security", "it security", "cyber defence", "cyber defense", "it-sicherheit", "cyberabwehr"),
	"20000818": cues(2.5, "charity", "charitable", "donation", "fundraising", "volunteer", "spende", "verein", "e.v", "association caritative"),
	"20000297": cues(1.2, "defence equipment", "defence company", "defence group", "rüstungskonzern", "rüstungsunternehmen"),
	"20000295": cues(2.0, "aerospace", "aircraft", "avionics", "luftfahrt", "aéronautique", "aeroespacial"),
	"04000000": join( // economy, business and finance
		cues(1.4, "contract", "order", "company", "million", "billion", "investment", "investor", "market", "industry", "industrial",
			"manufacturer", "manufacturing", "supplier", "supply chain", "export", "acquisition", "customer", "production", "factory", "plant", "jobs",
			"auftrag", "unternehmen", "millionen", "milliarden", "umsatz", "investition", "industrie", "fertigung", "werk", "kunde",
			"contrat", "entreprise", "millions", "milliards", "industriel", "usine", "contrato", "empresa", "millones", "industria",
			"contratto", "azienda", "milioni", "contract", "bedrijf", "umowa", "spółka", "empresa", "empresa"),
		cues(2.0, "gmbh", "plc", "ltd", "inc"),
	),
	"13000000": cues(1.5, "technology", "research", "innovation", "artificial intelligence", "ai", "software", "autonomous", "autonomy",
		"prototype", "laboratory", "digital", "simulation", "algorithm", "machine learning", "scientist", "technologie", "forschung",
		"recherche", "tecnología", "investigación", "innovación"),
	"05000000": cues(2.0, "school", "student", "university", "college", "academy", "apprentice", "apprenticeship", "curriculum", "pupil",
		"graduate", "course", "teaching", "lecturer", "schule", "hochschule", "universität", "école", "université", "universidad", "escuela"),
	"07000000": cues(2.0, "health", "nhs", "mental health", "hospital", "patient", "medical", "wellbeing", "clinic", "clinical", "treatment",
		"gesundheit", "krankenhaus", "santé", "hôpital", "salud", "hospital", "blood"),
	"08000000": cues(1.6, "charity", "fundraising", "homecoming", "families", "reunion", "heroes", "emotional", "celebrate", "community",
		"volunteer", "hospice", "children"),
	"09000000": cues(2.0, "recruit", "recruitment", "job", "jobs", "employment", "apprenticeship", "workforce", "hiring", "vacancies", "career",
		"careers", "employee", "staff", "arbeitsplätze", "beschäftigte", "emploi", "empleo"),
	"15000000": cues(2.5, "football", "match", "league", "tournament", "stadium", "player", "fans", "kick-off", "fußball", "fußballspiel",
		"football club", "premier league", "sport", "fc"),
	"17000000": cues(2.2, "weather", "rain", "rainfall", "storm", "met office", "forecast", "flood warning", "wetter", "unwetter", "météo",
		"tormenta", "lluvia"),
	"03000000": cues(2.0, "disaster", "emergency", "evacuation", "evacuate", "accident", "flood", "rescue", "katastrophe", "notfall",
		"catastrophe", "urgence", "catástrofe", "emergencia"),
	"06000000": cues(2.0, "solar", "renewable", "emissions", "climate", "carbon", "energy", "environmental", "sustainability", "sustainable",
		"umwelt", "klima", "environnement", "medio ambiente", "clima"),
	"01000000": cues(2.2, "museum", "exhibition", "art", "culture", "cultural", "film", "heritage", "history", "historical", "archive",
		"museum", "ausstellung", "musée", "exposition", "museo", "exposición"),
	"02000000": cues(1.8, "court", "charged", "prosecution", "prosecutor", "offence", "crime", "sentenced", "magistrate", "criminal", "judge",
		"gericht", "staatsanwaltschaft", "tribunal", "fiscalía", "justice"),
	"11000000": cues(1.0, "minister", "government", "parliament", "ministry", "policy", "regierung", "ministerium", "gouvernement",
		"ministère", "gobierno", "ministerio", "defence", "defense", "verteidigung", "défense", "defensa", "nato"),
	"12000000": cues(2.0, "church", "religious", "faith", "bishop", "kirche", "église", "iglesia"),
	"20000598": cues(1.6, "defence", "defense", "national security", "verteidigung", "défense", "defensa", "difesa", "obrony", "defesa", "nato"),
}
