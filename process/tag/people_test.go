package tag

import (
	"slices"
	"testing"

	"newsdesk/draft"
)

// The clause right after a closed quotation names its speaker, whatever
// verb and role stand between; a title in quotes is nobody.
func TestQuoteSpeaker(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, body string
		want, not  []string
	}{
		{lang: "pt", body: "«Cumprimos o prazo», frisou Rui Tavares.", want: []string{"Rui Tavares"}},
		{lang: "en", body: "“The bridge carries twice the traffic now,” recalled the council's senior engineer Aoife Byrne.",
			want: []string{"Aoife Byrne"}},
		{lang: "sk", body: "„Sklad je plný,“ zhodnotila náčelníčka skladu Zuzana Hrubá.", want: []string{"Zuzana Hrubá"}},
		{lang: "en", body: "“The harbour must stay open,” said Ingrid Solberg, Head of Seabed Mapping at Nordhavn.",
			want: []string{"Ingrid Solberg"}, not: []string{"Seabed Mapping"}},
		// a trade before the name is no part of it
		{lang: "en", body: "“It took a week to fit,” said Avionics Technician Priya Raman. Flight Paramedic Joel Okoro added: “We are ready.”",
			want: []string{"Priya Raman", "Joel Okoro"}, not: []string{"Avionics Technician Priya Raman", "Flight Paramedic Joel Okoro"}},
		// a rank's abbreviation is no sentence's end
		{lang: "de", body: "„Die Lage ist ernst“, sagte der Präsident des Verbands, Kapitän z. S. a. D. Henrik Lorenzen.",
			want: []string{"Henrik Lorenzen"}},
		{lang: "en", body: "\"We will be ready by spring,\" said Major General (retd.) Amaka Obi, Senior Fellow at the institute.",
			want: []string{"Amaka Obi"}, not: []string{"Senior Fellow"}},
		{lang: "sk", body: "„Pacienti sú v bezpečí,“ povedala riaditeľka kliniky doc. MUDr. Eva Benková.", want: []string{"Eva Benková"}},
		{lang: "en", body: "The study, \"Deep Water Rising\", warns of higher tides. Its authors, \"Blue Coast\" researchers, agree.",
			not: []string{"Deep Water Rising", "Blue Coast"}},
		// a middle initial and an honorific
		{lang: "en", body: "“Deliveries start in June,” said Tomasz K. Wielgus, the programme director.", want: []string{"Tomasz K. Wielgus"}},
		// a capital letter that ends a sentence is no initial
		{lang: "en", body: "The crews switched to Plan B. Anna Kowalski said the road was closed.", want: []string{"Anna Kowalski"},
			not: []string{"Plan B. Anna Kowalski"}},
		{lang: "en", body: "Veterans of World War I. Mark Evans said they would be remembered.", want: []string{"Mark Evans"},
			not: []string{"War I. Mark Evans"}},
		{lang: "en", body: "“The dock is ready,” said George W. Bush.", want: []string{"George W. Bush"}},
		{lang: "en", body: "“The scheme is open to all,” said the Honourable Priya Nandakumar. Shri Arvind Mehta added: “Apply now.”",
			want: []string{"Priya Nandakumar", "Arvind Mehta"}, not: []string{"Honourable Priya Nandakumar", "Shri Arvind Mehta"}},
		// particles in a row, a post-nominal, a comma before the verb
		{lang: "en", body: "Finance Director Anneke van den Berg said costs fell. The Minister, Ciarán Doyle TD, opened the depot.",
			want: []string{"Anneke van den Berg", "Ciarán Doyle"}, not: []string{"Ciarán Doyle TD"}},
		{lang: "pl", body: "Prezes spółki, Tomasz Wilk, podkreślił, że umowa obowiązuje od maja.", want: []string{"Tomasz Wilk"}},
		{lang: "sl", body: "»Cene so stabilne,« je pojasnila vodja oddelka Nina Kovač.", want: []string{"Nina Kovač"}},
		{lang: "id", body: "Kepala Basarnas Marsekal Madya Hendra Wibowo mengatakan pencarian berlanjut.", want: []string{"Hendra Wibowo"}},
		{lang: "es", body: "El paraje fue declarado Patrimonio de la Humanidad en 1997.", not: []string{"Patrimonio de la Humanidad"}},
		// a German title compound and South Slavic roles
		{lang: "de", body: "„Wir helfen sofort“, sagte Oberbürgermeisterin Katrin Ebner.", want: []string{"Katrin Ebner"},
			not: []string{"Oberbürgermeisterin Katrin Ebner"}},
		{lang: "sr", body: "„Радови почињу у мају“, изјавио је градоначелник Петар Илић.", want: []string{"Петар Илић"}},
		// a role after a titled name names what the person heads; a rank of several words
		{lang: "en", body: "“We are ready,” said Commodore Rachel Tan, Director General Maritime Mine Warfare.",
			want: []string{"Rachel Tan"}, not: []string{"Mine Warfare", "Maritime Mine Warfare"}},
		{lang: "es", body: "Según el Capitán de Navío Jorge Luis Medina, los pescadores están bien.", want: []string{"Jorge Luis Medina"},
			not: []string{"Navío Jorge Luis Medina"}},
		// a country's name as a middle given name; in Cyrillic a state's name in a title's run is none
		{lang: "es", body: "Según el Capitán de Navío Andrés Jordania Pérez, la ruta quedó cerrada.", want: []string{"Andrés Jordania Pérez"}},
		{lang: "ru", body: "«Работы завершены», — сказал заместитель министра энергетики Республики Казахстан Ерлан Акенженов.", want: []string{"Ерлан Акенженов"},
			not: []string{"Республики Казахстан Ерлан Акенженов"}},
		{lang: "pl", body: "– To rekord – powiedział prezes Stoczni Północnej Adam Nowak.", not: []string{"Stoczni Północnej Adam Nowak"}},
		// the said-verb that ended the sentence before attributes nothing
		{lang: "tr", body: "Bakan \"Hazırız\" dedi. Tatbikat Aksaz'da sürdürüldü.", not: []string{"Tatbikat Aksaz"}},
		{lang: "en", body: "“We will finish in May,” the company said. Harbour Works resumed on Monday.", not: []string{"Harbour Works"}},
		{lang: "en", body: "FEMA Administrator Dana Whitlock visited the shelters.", want: []string{"Dana Whitlock"}},
		// ranks and roles in scripts without capitals, and Vietnamese ranks
		{lang: "ja", body: "同省の山本花子報道官は会見で説明した。", want: []string{"山本花子"}},
		{lang: "ko", body: "해군작전사령부 이영호 대령은 \"준비됐다\"고 말했다.", want: []string{"이영호"}},
		{lang: "ar", body: "وأوضح العقيد خالد المطيري أن الدوريات مستمرة.", want: []string{"خالد المطيري"}},
		{lang: "vi", body: "Đại tá Trần Minh Đức cho biết lực lượng đã sẵn sàng.", want: []string{"Trần Minh Đức"}},
		{lang: "de", body: "„Die Lage bleibt ernst“, sagte Landrat Jonas Weidinger.", want: []string{"Jonas Weidinger"}},
		// Greek ranks and a service's dotted abbreviation; initials before a surname stay
		{lang: "el", body: "«Είμαστε έτοιμοι», δήλωσε ο Υποναύαρχος Π.Ν. Ιωάννης Κωστόπουλος.", want: []string{"Ιωάννης Κωστόπουλος"}},
		{lang: "en", body: "“The bridge is safe,” said Brigadier R.K. Menon.", want: []string{"R.K. Menon"}},
		// a capitalised particle inside a name; the role's body before a comma and the name
		{lang: "it", body: "\"Un segnale forte\", ha dichiarato il generale Marco De Santis.", want: []string{"Marco De Santis"}},
		{lang: "it", body: "La pena più alta riguarda l'ex direttore tecnico del consorzio, Marco Dal Monte.", want: []string{"Marco Dal Monte"}},
		{lang: "es", body: "Según el jefe de la unidad Costa Brava, Luis Ortega Ruiz, la red movió millones.", want: []string{"Luis Ortega Ruiz"},
			not: []string{"Costa Brava"}},
		// a surname that is also a landform word
		{lang: "en", body: "“The boats are ready,” said Sergeant Tom Lake. Captain Carla Hills added: “We sail at noon.”",
			want: []string{"Tom Lake", "Carla Hills"}},
		// a river's name is nobody's
		{lang: "en", body: "“The ice is early,” said Captain Ruth Osei on the St. Lawrence River.", want: []string{"Ruth Osei"},
			not: []string{"St. Lawrence River", "Lawrence River"}},
		// a short verb or pronoun ends the sentence after the quote
		{lang: "en", body: "“We sail at dawn,” she said. Leading the convoy was Kestrel Towage.", not: []string{"Kestrel Towage"}},
		{lang: "de", body: "„Wir laufen morgen aus“, sagte er. Voraus fährt die Hanse Lotsen.", not: []string{"Hanse Lotsen"}},
		// where the speaker spoke is no speaker
		{lang: "en", body: "“The pier is safe again,” the harbour master said in Port Talbot.", not: []string{"Port Talbot"}},
		{lang: "en", body: "“Tickets go on sale today,” the festival posted on Instagram Stories.", not: []string{"Instagram Stories"}},
		{lang: "es", body: "«El puerto reabre mañana», anunció la capitanía en Ciudad Madero.", not: []string{"Ciudad Madero"}},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, BodyText: c.body}
		checkNames(t, c.lang+": people", tg.Tag(d).People, c.want, c.not)
	}
}

// Hebrew speakers stand after a role whose acronym holds a quote mark,
// or between commas before the verb.
func TestUncasedSpeakers(t *testing.T) {
	tg := newTagger(t)
	for _, body := range []string{
		"\"אנחנו ערוכים לכל תרחיש\", אמרה ראש אגף התכנון בצה\"ל, רונית שמש.",
		"סמנכ\"ל התפעול, רונית שמש, אמרה כי העבודות יסתיימו בקיץ.",
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: "he", BodyText: body}
		if got := tg.Tag(d).People; !slices.Contains(got, "רונית שמש") {
			t.Errorf("%s: people %q", body, got)
		}
	}
}

// A phrase of time between commas before the verb is when, not who.
func TestUncasedTimeIsNoSpeaker(t *testing.T) {
	for _, text := range []string{
		"وفي لقاء مع الصحفيين في إربد، يوم الثلاثاء، قال الناطق باسم البلدية إن الطرق مفتوحة.",
		"בהודעה שפורסמה בנתניה, בשעה עשר, מסרה העירייה כי החוף נסגר.",
	} {
		if got := findUncasedPeople(text); len(got) > 0 {
			t.Errorf("%s: people %q", text, got)
		}
	}
}

// A media contact whom the story quotes is a person of the story, also
// when the quote opens with a dash, as Nordic and Slavic releases write
// it; a contact named outside any quote is not.
func TestQuotedContact(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, body string
		want, not  []string
	}{
		{lang: "sv", body: "Bolaget tecknade avtalet i dag.\n\n– Det här är en stor order för oss, säger vd Karin Berglund.",
			want: []string{"Karin Berglund"}},
		{lang: "fi", body: "Yhtiö palkkaa 40 uutta.\n\n- Ala kasvaa nopeasti, sanoo toimitusjohtaja Mikko Laine.",
			want: []string{"Mikko Laine"}},
		{lang: "sv", body: "Bolaget tecknade avtalet i dag.\n\nFrågor besvaras av vd Karin Berglund.", not: []string{"Karin Berglund"}},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, BodyText: c.body,
			Contacts: []draft.Contact{{Name: ptr("Karin Berglund")}, {Name: ptr("Mikko Laine")}}}
		checkNames(t, c.lang+": people", tg.Tag(d).People, c.want, c.not)
	}
}

// A role's portfolio, after "of", "for", "van" or "для", stands between
// the title and the name: the words the vocabulary knows are the
// portfolio's, and where none is known the name is the last two.
func TestRolePortfolio(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, body string
		want, not  []string
	}{
		{lang: "en", body: "“Mines are cheap,” said Minister for Defence Procurement Helen Marsh.", want: []string{"Helen Marsh"},
			not: []string{"Procurement Helen Marsh"}},
		{lang: "en", body: "Minister for Veterans and People Alistair Crane said: “The homes are ready.”", want: []string{"Alistair Crane"},
			not: []string{"People Alistair Crane"}},
		{lang: "en", body: "Minister of Electricity and Energy Kgosi Ramola is expected to visit the site.", want: []string{"Kgosi Ramola"}},
		{lang: "en", body: "“We are ready,” said Minister of Defence Anders Holm Nielsen.", want: []string{"Anders Holm Nielsen"}},
		{lang: "nl", body: "De stichting roept minister van Buitenlandse Handel Ingrid Veld op de controle aan te scherpen.",
			want: []string{"Ingrid Veld"}, not: []string{"Buitenlandse Handel Ingrid Veld"}},
		{lang: "uk", body: "Директорка Бюро МОП для Центральної та Східної Європи Ольга Мельник зазначила, що курси безплатні.",
			want: []string{"Ольга Мельник"}, not: []string{"Східної Європи Ольга Мельник"}},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, BodyText: c.body}
		checkNames(t, c.lang+": people", tg.Tag(d).People, c.want, c.not)
	}
}

// Ranks, titles and honorifics before a name in the desk's languages,
// written out or abbreviated ("gen. dyw.", "Mgr.", "Dra.", "Bw."): the
// name follows them and they are no part of it.
func TestRanksAndTitles(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, body string
		want, not  []string
	}{
		{lang: "pl", body: "Tu sprawdzamy to w praktyce – powiedział dowódca dywizji gen. dyw. Marek Sowa.", want: []string{"Marek Sowa"}},
		{lang: "pl", body: "Umowę podpisał jej szef, gen. bryg. Adam Lis. Jak podkreślił, kontrakt zostanie zrealizowany w Polsce.",
			want: []string{"Adam Lis"}},
		{lang: "pl", body: "Złoty medal w biathlonie wywalczyła st. szer. Anna Lis z klubu sportowego.", want: []string{"Anna Lis"}},
		{lang: "cs", body: "Finanční ředitelka Mgr. Jana Malá potvrdila výhled na celý rok.", want: []string{"Jana Malá"}},
		{lang: "ro", body: "Potrivit comandantului flotilei, contraamiral Mihai Stan, nava pleacă în mai.", want: []string{"Mihai Stan"}},
		{lang: "tr", body: "Kara Kuvvetleri Komutanı Orgeneral Ali Demir, \"Hazırız\" dedi.", want: []string{"Ali Demir"},
			not: []string{"Orgeneral Ali Demir"}},
		{lang: "en", body: "Air Vice-Marshal Jane Dore, Air Officer Commanding, will chair the board.", want: []string{"Jane Dore"},
			not: []string{"Vice-Marshal Jane Dore"}},
		{lang: "es", body: "La Dra. Elena Soto, jefa de Pediatría, espera los datos en enero.", want: []string{"Elena Soto"}},
		{lang: "es", body: "El equipo, dirigido por la catedrática de Microbiología Rosa Goñi, comparó 300 muestras.", want: []string{"Rosa Goñi"}},
		{lang: "de", body: "„Das ist neu“, sagt Professorin Lena Brandt vom Institut.", want: []string{"Lena Brandt"},
			not: []string{"Professorin Lena Brandt"}},
		{lang: "da", body: "Landstræner Jens Holm udtager truppen i januar.", want: []string{"Jens Holm"}},
		{lang: "nl", body: "\"Dat houdt vandaag op\", zei havenmeester Kees Smit tijdens de opening.", want: []string{"Kees Smit"}},
		{lang: "lv", body: "Sēdē piedalījās ministrijas valsts sekretāra vietniece Ilze Kalna, kura uzsvēra, ka līgums ir svarīgs.",
			want: []string{"Ilze Kalna"}},
		{lang: "ms", body: "Pengarah Bahagian Siasatan SPRM, Datuk Ahmad Zaki, ketika dihubungi mengesahkan penahanan itu.",
			want: []string{"Ahmad Zaki"}},
		{lang: "sw", body: "Kamishna wa Uhifadhi, Bw. Juma Mrisho, amesema ongezeko hilo ni matokeo ya doria.", want: []string{"Juma Mrisho"}},
		{lang: "vi", body: "Tổng Giám đốc EVN Trần Văn Hùng cho biết dự án sẽ bắt đầu.", want: []string{"Trần Văn Hùng"}},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, BodyText: c.body}
		checkNames(t, c.lang+": people", tg.Tag(d).People, c.want, c.not)
	}
}

// A lower-case role after a comma titles the name after it, not the
// words before the comma; a Vietnamese role's capitalised syllables are
// nobody's name.
func TestRoleOfNextName(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, body string
		want, not  []string
	}{
		{lang: "ro", body: "Potrivit comandantului Flotilei de Fregate, contraamiral Mihai Stan, nava pleacă în mai.",
			want: []string{"Mihai Stan"}, not: []string{"Flotilei de Fregate"}},
		{lang: "vi", body: "Phát biểu tại lễ ký, Tổng Giám đốc EVN Trần Văn Hùng cho biết dự án sẽ bắt đầu.",
			want: []string{"Trần Văn Hùng"}, not: []string{"Tổng Giám"}},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, BodyText: c.body}
		checkNames(t, c.lang+": people", tg.Tag(d).People, c.want, c.not)
	}
}

// Hindi and Thai write no capitals: a rank or honorific opens the name,
// and Hindi's "ने कहा" (said) closes it.
func TestIndicAndThaiSpeakers(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"केंद्रीय खेल मंत्री श्री राकेश वर्मा ने कहा, \"हम तैयार हैं।\"", "राकेश वर्मा"},
		{"कमान के प्रमुख वाइस एडमिरल सुनील कुमार राव ने कहा कि जहाज़ तैनात रहेंगे।", "सुनील कुमार राव"},
		{"พลเรือโท สมชาย ใจดี ผู้บัญชาการทัพเรือภาคที่ 3 กล่าวว่า เรือพร้อมแล้ว", "สมชาย ใจดี"},
	} {
		if got := findUncasedPeople(c.text); !slices.Contains(got, c.want) {
			t.Errorf("%s: people %q, want %q", c.text, got, c.want)
		}
	}
}

// A family company bears its founders' surname: the quoted director
// "Mette Holmgaard" of Holmgaard Elektronik is a person, the company
// alone is none.
func TestFounderName(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct {
		lang, issuer, body string
		want, not          []string
	}{
		{lang: "da", issuer: "Holmgaard Elektronik A/S", body: "Holmgaard Elektronik A/S har vundet en ordre.\n\n\"Det er vores største ordre,\" siger direktør Mette Holmgaard.",
			want: []string{"Mette Holmgaard"}},
		{lang: "en", issuer: "Brannock Munitions", body: "Brannock Munitions will expand its plant.\n\n“Demand has never been higher,” said managing director Niall Brannock.",
			want: []string{"Niall Brannock"}, not: []string{"Brannock Munitions"}},
	} {
		d := &draft.Draft{Kind: draft.PressRelease, Language: c.lang, Issuer: c.issuer, BodyText: c.body}
		checkNames(t, c.lang+": people", tg.Tag(d).People, c.want, c.not)
	}
}

// A retired rank opens an Arabic name; the role after the verb is
// nobody's.
func TestArabicRetiredRank(t *testing.T) {
	text := "وقال مدير المركز، العميد المتقاعد سامي العبيدي، إن التدريب مستمر."
	got := findUncasedPeople(text)
	if !slices.Contains(got, "سامي العبيدي") || slices.Contains(got, "مدير المركز") || slices.Contains(got, "المتقاعد سامي") {
		t.Errorf("%s: people %q", text, got)
	}
}

// The articles and demonstratives that stop a name where they open a
// sentence ("Os Estaleiros …", "O Silva disse") are given names and
// surnames inside one: Irish "Una", Korean "Um", Chinese "Ce".
func TestSentenceOpenerInsideAName(t *testing.T) {
	tg := newTagger(t)
	for _, c := range []struct{ lang, body, want, not string }{
		{"en", "Dr Una Healy, chief scientist at the agency, said the trial went well. Healy joined in 2019.", "Una Healy", ""},
		{"en", "Professor Um Ji-won, who leads the laboratory, presented the results on Monday.", "Um Ji-won", ""},
		{"en", "Lieutenant Colonel Ce Wang said the drill went well.", "Ce Wang", ""},
		{"pt", "O ministro João Silva visitou o estaleiro. O Silva disse que o contrato está assinado.", "João Silva", "O Silva"},
	} {
		got := tg.Tag(&draft.Draft{Kind: draft.PressRelease, Language: c.lang, BodyText: c.body})
		if !slices.Contains(got.People, c.want) || c.not != "" && slices.Contains(got.People, c.not) {
			t.Errorf("%s: people %q, want %q and not %q", c.body, got.People, c.want, c.not)
		}
	}
}
