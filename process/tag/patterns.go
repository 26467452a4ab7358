package tag

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// connectors may join capitalised words into one name ("Ministry of
// Defence", "Ministère des Armées", "Bundesamt für Ausrüstung").
var connectors = set("of", "and", "for", "the", "de", "du", "des", "la", "le", "les", "für", "der", "die", "und", "del", "di", "della",
	"van", "von", "on", "in", "et", "y", "e", "i", "och", "og", "delle", "dei", "degli", "dello", "do", "da", "dos", "am", "an", "upon", "sur", "d'", "l'", "&", "ve", "per", "pour", "para", "pentru")

// andWords split a run into separate names when a list is read ("Zvečan,
// Zubin Potok and Leposavić").
var andWords = set("and", "und", "et", "y", "e", "i", "och", "og", "&", "ve", "ja")

// runStop are capitalised words that open a sentence or a name without
// being part of it.
var runStop = set("The", "A", "An", "In", "On", "At", "For", "This", "That", "These", "Those", "Our", "We", "It", "He", "She", "They",
	"His", "Her", "Their", "Its", "As", "After", "Before", "With", "From", "By", "To", "Of", "And", "But", "Or", "If", "When", "While",
	"Today", "Yesterday", "Former", "Tomorrow", "Der", "Die", "Das", "Den", "Dem", "Ein", "Eine", "Le", "La", "Les", "L'", "Un", "Une", "El", "Los",
	"Las", "Il", "Lo", "Gli", "De", "Het", "Een", "Both", "All", "Each", "Every", "Some", "Many", "More", "Most", "Other", "New", "Since",
	"During", "Under", "Over", "About", "Across", "Through", "Following", "Including", "According", "Speaking", "Additionally", "Also",
	"However", "Meanwhile", "Together", "There", "Here", "What", "Why", "How", "Who", "Where", "Which", "Mr", "Mrs", "Ms", "Dr", "Mr.",
	"Mrs.", "Ms.", "Dr.", "Herr", "Frau", "M.", "Mme", "Sr.", "Sra.", "Im", "Am", "Auf", "Mit", "Nach", "Bei", "Dans", "Pour", "Avec",
	"En", "Au", "Aux", "Con", "Para", "Por", "Nel", "Per", "Dal",
	// "according to", "during", "since", "with" and "in" as sentences in
	// the desk's languages open: "Volgens Defensie", "Laut Bundeswehr".
	"Volgens", "Tijdens", "Sinds", "Met", "Bij", "Op", "Door", "Laut", "Gemäß", "Während", "Seit", "Beim", "Zum", "Zur", "Vom", "Unter",
	"Selon", "Depuis", "Lors", "Par", "Según", "Desde", "Durante", "Tras", "Secondo", "Dopo", "Nella", "Segundo", "Pelo", "Pela",
	"Według", "Podczas", "Podle", "Během", "Enligt", "Ifølge", "Efter", "Etter",
	"Ο", "Η", "Το", "Οι", "Τα", "Στο", "Στη", "Στην", "Με", "Για", "Από", "Bu", "Şu",
	// a common noun that says what kind of body the name after it is,
	// capitalised as German nouns are or as a sentence's first word:
	// "Betreiber Nordsee Windkraft AG", "Fachzeitschrift Nature Energy",
	// "Společnost Vysočina Defence a.s.", and a title-case headline's verb
	// ("Harbor Point Foods to Acquire Blue Mesa Tortilla Co.").
	"Betreiber", "Hersteller", "Zulieferer", "Konzern", "Rüstungskonzern", "Tochter", "Tochtergesellschaft", "Fachzeitschrift",
	"Zeitschrift", "Fachmagazin", "Společnost", "Spoločnosť", "Spółka", "Acquire", "Acquires")

// sentenceOpeners are articles and demonstratives that stop a capitalised
// run where they open a sentence ("Os Estaleiros Navais do Tejo", "Dieses
// Zentrum", "Cette agence"). Only there: inside a sentence several are
// names ("Dr Una Healy", "Professor Um Ji-won", "Ce Wang").
var sentenceOpeners = set("O", "Os", "Um", "Uma", "Una", "Uno", "Dieses", "Diese", "Dieser", "Diesem", "Diesen", "Deze", "Dit", "Ce", "Cet",
	"Cette", "Ces", "Este", "Esta", "Estos", "Estas", "Esse", "Essa", "Questo", "Questa", "Questi", "Queste")

// titles precede a person's name; any of them before a name is evidence
// that the name is a person's.
var titles = set("Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
	"General", "Gen.", "Admiral", "Rear", "Vice", "Air", "Marshal", "Chief", "Colonel", "Col.", "Lieutenant", "Lt", "Lt.", "Major", "Maj.",
	"Captain", "Capt.", "Commander", "Cdr", "Commodore", "Brigadier", "Sergeant", "Sgt", "Corporal", "Private", "Lance", "Warrant", "Officer",
	"Commandant", "Constable", "Detective", "Superintendent", "Inspector", "Chief Constable", "Secretary", "Deputy", "Assistant",
	"Spokesperson", "Spokesman", "Spokeswoman", "Minister", "President", "Prime", "Chancellor", "Ambassador", "Commissioner", "Director",
	"Vice-Minister", "Deputy-Minister", "Managing", "Executive", "CEO", "CTO", "CFO", "COO", "Chair", "Chairman", "Chairwoman", "Head", "Senior", "Principal", "Dean",
	"Governor", "Mayor", "Councillor", "Senator", "Representative", "Vice-President", "Generalleutnant", "Generalmajor", "Oberst",
	"Oberstleutnant", "Major", "Hauptmann", "Kapitän", "Fregattenkapitän", "Korvettenkapitän", "Flottillenadmiral", "Konteradmiral",
	"Vizeadmiral", "Admiral", "Brigadegeneral", "Generalinspekteur", "Bundesminister", "Bundesministerin", "Ministerin", "Staatssekretär",
	"Geschäftsführer", "Geschäftsführerin", "Vorstand", "Vorstandsvorsitzender", "Vorstandsvorsitzende", "Präsident", "Präsidentin",
	"Sprecher", "Sprecherin", "Leiter", "Leiterin", "Landrat", "Landrätin", "Herr", "Frau", "Dr.-Ing.", "Général", "Amiral", "Colonel", "Capitaine", "Ministre",
	"Président", "Présidente", "Directeur", "Directrice", "M.", "Mme", "General", "Almirante", "Coronel", "Ministro", "Ministra",
	"Presidente", "Director", "Directora", "Teniente", "Comandante", "Capitán", "Navío", "Fragata", "Corbeta", "Generale", "Ammiraglio", "Colonnello", "Luitenant-generaal",
	"Generaal", "Minister-President", "Staatssecretaris", "Generał", "Pułkownik", "Minister", "Rear-Admiral", "Vice-Admiral", "Air Marshal",
	"Group", "Wing", "Squadron", "Leader", "Founder", "Co-founder", "Partner", "Programme", "Program", "Project", "Manager", "Lead",
	"Adm.", "Retired", "Engr.", "Genel", "Müdür", "Müdürü", "Başkan", "Başkanı", "Yardımcısı", "Bakan", "Bakanı", "Komutan", "Komutanı",
	"Καθηγητής", "Υπουργός", "Πρόεδρος", "Διευθυντής", "Αρχηγός", "Υπαρχηγός", "Υφυπουργός", "Εκπρόσωπος", "Στρατηγός",
	"Αντιστράτηγος", "Υποστράτηγος", "Ταξίαρχος", "Συνταγματάρχης", "Αντισυνταγματάρχης", "Ταγματάρχης", "Λοχαγός", "Ναύαρχος",
	"Αντιναύαρχος", "Υποναύαρχος", "Αρχιπλοίαρχος", "Πλοίαρχος", "Αντιπλοίαρχος", "Πτέραρχος", "Αντιπτέραρχος", "Υποπτέραρχος",
	"Σμήναρχος", "Αντισμήναρχος", "Επισμηναγός", "Σμηναγός", "Sheriff", "Judge", "Justice", "Attorney", "Bishop", "Father", "Rev", "Rev.", "Reverend", "Dato", "Hon", "Hon.", "Honourable", "Honorable", "Shri", "Smt", "Smt.", "Shrimati", "MP", "MEP", "Cllr",
	// trades and professions written before the name ("Engineering Technician Marcus Dale")
	"Technician", "Engineer", "Specialist", "Coordinator", "Adviser", "Advisor", "Analyst", "Consultant", "Instructor",
	"Navigator", "Surgeon", "Nurse", "Medic", "Paramedic", "Firefighter", "Researcher", "Scientist", "Curator", "Administrator",
	// Indonesian ranks and roles
	"Kepala", "Letjen", "Mayjen", "Brigjen", "Laksamana", "Laksda", "Laksdya", "Marsdya", "Madya", "Muda", "Pertama", "Irjen", "Kombes", "Marsekal", "Jenderal", "Kolonel", "Menteri", "Ketua", "Gubernur", "Direktur",
	// hyphenated English ranks, and ranks and honorifics of Turkish, Romanian, Italian, Spanish, German, Malay and Swahili
	"Vice-Marshal", "Major-General", "Lieutenant-General", "Lieutenant-Colonel", "Lieutenant-Commander", "Sub-Lieutenant",
	"Brigadier-General", "Oramiral", "Koramiral", "Tümamiral", "Tuğamiral", "Orgeneral", "Korgeneral", "Tümgeneral", "Tuğgeneral",
	"Albay", "Yarbay", "Binbaşı", "Yüzbaşı", "Rektör", "Rektörü", "Valisi", "Contraamiral", "Viceamiral", "Comandor", "Contrammiraglio",
	"Capitano", "Tenente", "Maresciallo", "Dottoressa", "Vicealmirante", "Contraalmirante", "Doctora", "Professorin", "Kommodore",
	"Datuk", "Datin", "Dato'", "Tun", "Puan", "Encik", "Bwana", "Mheshimiwa", "Waziri", "Kamishna", "Mkurugenzi")

// saidWords are attribution verbs around a quoted speaker's name, one
// word each ("a déclaré" is matched by "déclaré").
var saidWords = set("said", "says", "added", "explained", "commented", "stated", "noted", "told", "continued", "concluded", "warned",
	"announced", "emphasised", "emphasized", "stressed",
	"sagte", "sagt", "erklärte", "erklärt", "betonte", "betont", "ergänzte", "so",
	"dit", "déclaré", "déclare", "explique", "expliqué", "souligne", "souligné", "ajoute", "ajouté", "indiqué", "précisé", "affirmé",
	"afirmó", "dijo", "explicó", "señaló", "señala", "declaró", "añadió", "subrayó", "afirma", "explica",
	"detto", "dichiarato", "spiegato", "affermato", "sottolineato", "aggiunto",
	"zei", "zegt", "aldus", "verklaarde", "benadrukte",
	"powiedział", "powiedziała", "dodał", "dodała", "podkreślił", "podkreśliła", "mówi",
	"disse", "afirmou", "declarou", "explicou", "sublinhou", "acrescentou",
	"sade", "säger", "sagde", "siger", "sier", "sa", "uttalte",
	"uvedl", "uvedla", "řekl", "řekla", "dodal", "dodala", "uviedol", "povedal",
	"mondta", "közölte", "hangsúlyozta", "nyilatkozta",
	"declarat", "spus", "afirmat", "precizat",
	"izjavio", "izjavila", "istaknuo", "istaknula", "rekao", "rekla", "kazao",
	"sakė", "teigė", "pabrėžė", "sacīja", "norādīja", "ütles", "sõnul", "sanoo", "sanoi", "kertoo", "toteaa",
	"сказал", "сказала", "сказав", "заявил", "заявила", "заявив", "отметил", "отметила", "сообщил", "сообщила",
	"зазначив", "зазначила", "повідомив", "заяви", "каза", "посочи",
	"δήλωσε", "είπε", "τόνισε", "dedi", "söyledi", "belirtti", "açıkladı",
	"dejal", "dejala", "pojasnil", "pojasnila", "poudaril", "poudarila", "povedala",
	"изјавио", "изјавила", "рекао", "рекла", "истакао", "истакла", "навео", "навела",
	"mengatakan", "menjelaskan", "menyampaikan", "menegaskan", "ujar", "ujarnya", "katanya")

// orgHeads end an institution's or company's name.
var orgHeads = set("Command", "Agency", "Council", "Court", "Service", "Services", "Office", "Police", "Policing", "Forces", "Force",
	"Army", "Navy", "Institute", "Institution", "University", "Academy", "Association", "Trust", "Centre", "Center", "Laboratory",
	"Bank", "Commission", "Parliament", "Authority", "Board", "Corps", "Guard", "Fleet", "Group", "Systems", "Industries", "Aerospace",
	"Dynamics", "Technologies", "Technology", "Industry", "Works", "Shipbuilders", "Shipyard", "Ministry", "Department", "Directorate", "Organisation",
	"Organization", "Foundation", "Society", "Federation", "Union", "Committee", "Hospital", "Hospice", "School", "College", "Museum",
	"Partnership", "Network", "Networks", "Company", "Corporation", "Holdings", "Solutions", "Defence", "Defense", "Marine", "Maritime",
	"Autonomy", "Optronics", "Ballistics", "Simulation", "Power", "Energy", "Electronics", "Robotics", "Labs", "Bureau", "Secretariat", "Administration",
	"Unit", "Division", "Brigade", "Regiment", "Battalion", "Squadron", "Flotilla", "Mission", "Church", "FC", "League", "Club", "Team",
	"Studies", "Bundeswehr", "Bundesheer", "Armee", "Marine", "Polizei", "Feuerwehr", "Ministerium", "Amt", "Bundesamt", "Institut",
	"Gesellschaft", "Verband", "Stiftung", "Werft", "Zentrum", "Kommando", "Armées", "Terre", "Nationale", "Gendarmerie", "Armada",
	"Ejército", "Guardia", "Civil", "Militare", "Marina", "Defensa", "Difesa", "Defensie", "Défense", "Koninklijke", "Agencja", "Policja", "Wojsko",
	// the generic last words of bodies' names in Turkish, Greek, Hungarian,
	// Dutch, Romance and Romanian releases ("Sahil Güvenlik Komutanlığı",
	// "Πολεμική Αεροπορία", "Országos Rendőr-főkapitányság").
	"Komutanlığı", "Kuvvetleri", "Bakanlığı", "Başkanlığı", "Müdürlüğü", "Kurumu", "Ajansı", "Üniversitesi", "Vakfı", "Derneği",
	"Enstitüsü", "Merkezi", "Kurulu", "Αεροπορία", "Σώμα", "Δυνάμεις", "Ναυτικό", "Στρατός", "Αστυνομία", "Ακτοφυλακή", "Υπηρεσία",
	"Επιτελείο", "Πανεπιστήμιο", "Honvédség", "Minisztérium", "Rendőrség", "Főkapitányság", "Hivatal", "Intézet", "Egyetem",
	"Krijgsmacht", "Marechaussee", "Landmacht", "Luchtmacht", "Kustwacht", "Brandweer", "Eenheid", "Policía", "Polícia",
	"Polizia", "Armadas", "Aérea", "Aerea", "Aérienne", "Poliția", "Jandarmeria", "Inspectoratul", "Straż",
	// funds and exchanges; German, Dutch, Hungarian, Estonian and Greek
	// generic last words ("Technisches Hilfswerk", "Openbaar Ministerie",
	// "Nemzeti Nyomozó Iroda", "Riigi Infosüsteemi Amet").
	"Fund", "Exchange", "Hilfswerk", "Heer", "Ministerie", "Iroda", "Igazgatóság", "Igazgatósága", "Szolgálat", "Parancsnokság",
	"Amet", "Keskus", "Inspektsioon", "Γραμματεία", "Σχολή", "Statistik", "Universitet", "Universiteit", "Universität", "Hochschule",
	"Kommune", "Institutet", "Universitetet", "Főigazgatóság", "Organisatie", "Organisation", "Organización", "Organizzazione", "Organização", "Organizacja")

// orgOpeners begin an institution's name.
var orgOpeners = set("Ministry", "Department", "Division", "City", "Town", "Municipality", "Ministère", "Ministerium", "Bundesministerium", "Bundesamt", "Ministerio", "Ministero",
	"Ministerie", "Ministerstvo", "Ministerul", "Ministerstwo", "Ministério", "Office", "Agence", "Agencia", "Agenzia", "Direction",
	"Dirección", "Direzione", "Institut", "Instituto", "Istituto", "University", "Universität", "Université", "Universidad",
	"State", "National", "Federal", "Royal", "Marine", "Armée", "État-major", "Staatsanwaltschaft", "Polizeipräsidium", "Council",
	"Government", "Bank", "European", "International", "United", "Instytut", "Ινστιτούτο", "Stocznia", "Ministarstvo", "Ministrstvo", "Министерство",
	"Міністерство", "Институт", "Інститут", "Агентство", "Агенція", "Служба", "Центр", "Zentrum", "Bundesministerium",
	// Romance and Greek names open with their generic word ("Questura di
	// Torino", "Prefectura Naval Argentina", "Polícia Federal").
	"Questura", "Procura", "Prefettura", "Prefectura", "Prefeitura", "Comando", "Unidad", "Unità", "Unidade", "Junta", "Armada",
	"Polícia", "Policía", "Polizia", "Comisaría", "Servicio", "Servizio", "Serviço", "Tribunale", "Tribunal", "Consejo", "Consiglio",
	"Conselho", "Conseil", "Fondazione", "Fundación", "Fundação", "Fondation", "Autoridad", "Autorità", "Autoridade", "Comisión",
	"Commissione", "Comissão", "Direção", "Diputación", "Generalitat", "Ayuntamiento", "Capitanía", "Capitaneria", "Secretaría",
	"Gobierno", "Governo", "Gouvernement", "Ejército", "Esercito", "Exército", "Marinha", "Mando", "Brigada", "Brigata", "Regimiento",
	"Reggimento", "Regimento", "Universidade", "Università", "Υπουργείο", "Γενική", "Γενικό", "Statistics", "Statistik",
	// and in German, Dutch, Portuguese, Polish and Romanian ("Kommando
	// Spezialkräfte", "Straż Graniczna", "Poliția Română").
	"Kommando", "Commando", "Guarda", "Guardia", "Gendarmerie", "Straż", "Dowództwo", "Sztab", "Inspektorat", "Komenda", "Urząd", "Żandarmeria", "Służba",
	"Poliția", "Jandarmeria", "Inspectoratul", "Agenția", "Institutul", "Comandamentul",
	"Serviciul", "Departamentul", "Autoritatea", "Universitatea", "Direcția", "Centrul", "Consiliul")

// companyForms end a company's registered name.
var companyForms = set("Ltd", "Ltd.", "Limited", "plc", "PLC", "GmbH", "AG", "SA", "S.A.", "S.p.A.", "SpA", "Oy", "Oyj", "AB", "ASA",
	"AS", "A/S", "K.K.", "Inc", "Inc.", "Corp", "Corp.", "LLC", "LLP", "BV", "B.V.", "NV", "N.V.", "SE", "KG", "SAS", "SARL", "S.r.l.",
	"Srl", "Sp. z o.o.", "a.s.", "s.r.o.", "Kft.", "Zrt.", "e.V.", "Pty", "Co.",
	// Singapore, Estonia, Lithuania, Latvia, Malaysia, Indonesia, the
	// former Yugoslavia, Türkiye and the CIS
	"Pte", "Pte.", "OÜ", "UAB", "SIA", "Bhd", "Bhd.", "Tbk", "Tbk.", "d.d.", "d.o.o.", "A.Ş.", "JSC", "PJSC",
	// Spain, Portugal and Brazil, Romania, Denmark, Iceland, Hungary, and
	// Quebec's lower-case "inc."
	"S.L.", "SL", "S.L.U.", "Lda", "Lda.", "Ltda", "Ltda.", "SRL", "S.R.L.", "ApS", "hf.", "ehf.", "Nyrt.", "inc.",
	// the last words of longForms
	"o.o.", "r.o.", "C.V.", "R.L.")

// commonWords are city names that are ordinary words too (German
// months and nouns, written with a capital: "im Juli", "auf See"); they
// are never tagged as cities.
var commonWords = set("police", "mission", "street", "march", "may", "say", "will", "union", "royal", "general", "president", "army",
	"navy", "force", "forces", "defence", "security", "friday", "monday", "sunday", "saturday", "tuesday", "wednesday", "thursday",
	"june", "july", "april", "august", "january", "february", "september", "october", "november", "december", "university", "college",
	"school", "office", "centre", "center", "museum", "hospital", "church", "station", "airport", "port", "bridge", "castle", "park",
	"village", "city", "town", "county", "north", "south", "east", "west", "central", "national", "federal", "state", "republic", "victoria",
	"alliance", "allied", "allies", "ministry", "minister", "council", "command", "commander", "contract", "date", "deal", "home", "hope",
	"liberty", "independence", "unity", "progress", "enterprise", "industry", "commerce", "freedom", "concord", "harmony", "eden", "paradise",
	"orange", "banks", "bank", "lincoln", "jackson", "franklin", "clinton", "ellery", "taylor", "wilson", "marshall",
	"media", "press", "news", "nato", "europe", "mark", "kent", "troy", "reading", "bath", "deal", "split", "nice", "mobile", "sale", "wells",
	"buy", "ware", "bury", "hull", "tank", "frigate", "fleet", "marine", "marines", "eagle", "falcon", "hawk", "kestrel", "phoenix",
	"echo", "delta", "alpha", "sierra", "bravo", "charlie", "victor", "lima", "oscar", "hotel", "golf", "tango", "uniform", "zulu",
	"premier", "summit", "sentinel", "guardian", "ranger", "pioneer", "patriot", "vanguard", "horizon", "atlas", "titan", "orion", "apollo",
	"principal", "saints", "stadt", "land", "bund", "stern", "ost", "west", "ville", "santa", "san", "saint", "dr", "mr", "ms", "herr", "frau", "el", "la", "le",
	"januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "see", "paese", "congress", "earth",
	// months that languages write with a capital: Turkish ("11 Aralık'ta"), Indonesian and Malay
	"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
	"januari", "februari", "maret", "mac", "mei", "jun", "julai", "agustus", "ogos", "oktober", "disember", "desember",
	// words that open a street's name ("Rue de la Loi", "Calle Mayor")
	"rue", "avenue", "boulevard", "calle", "rua", "viale", "piazza", "plaza")
