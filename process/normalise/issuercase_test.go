package normalise

import "testing"

// A letterhead in capitals names the issuer as the release writes it,
// in names and languages written for this test.
func TestIssuerLetterheadCase(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"pt named in the lede", "Instituto Hidrográfico Nacional", plainRelease("Gabinete de Imprensa <imprensa@ihn-exemplo.example>",
			"INSTITUTO HIDROGRÁFICO NACIONAL\r\nGabinete de Imprensa", "Nova carta náutica do Tejo", "Lisboa, 3 de março de 2025 – O Instituto Hidrográfico Nacional publicou hoje uma nova carta náutica do estuário do Tejo.", "A carta está disponível em linha.")},
		{"bg declined in the lede", "Държавна агенция за бежанците", plainRelease("Пресцентър <press@dab-primer.example>",
			"ДЪРЖАВНА АГЕНЦИЯ ЗА БЕЖАНЦИТЕ\r\nПресцентър", "ПРЕССЪОБЩЕНИЕ", "Нов център в Харманли", "София, 3 март 2025 г. – Нов приемателен център беше открит днес в Харманли от Държавната агенция за бежанците.", "Центърът има 400 места.")},
		{"fr lower-case in the text", "Ministère de la Mer", plainRelease("Service de presse <presse@mer-exemple.example>",
			"MINISTÈRE DE LA MER\r\nService de presse", "COMMUNIQUÉ DE PRESSE", "Trois nouveaux patrouilleurs", "Brest, le 3 mars 2025 – Trois patrouilleurs ont été commandés lundi, a annoncé le ministère de la Mer.", "Ils seront livrés en 2028.")},
		{"es never in small letters", "Fundación Mar de Fondo", plainRelease("Prensa <prensa@mardefondo.example>",
			"FUNDACIÓN MAR DE FONDO\r\nDepartamento de Prensa", "NOTA DE PRENSA", "Limpieza de playas", "Cádiz, 3 de marzo de 2025 – Más de 300 voluntarios limpiaron el domingo cinco playas de la costa gaditana.", "Se recogieron dos toneladas de plástico.")},
		{"tr form's own capitals", "Yıldız Kablo Sanayi A.Ş.", plainRelease("Basın Ofisi <basin@yildizkablo.example>",
			"YILDIZ KABLO SANAYİ A.Ş.\r\nBasın Ofisi", "BASIN BÜLTENİ", "Yeni fabrika açıldı", "Bursa, 3 Mart 2025 – Yıldız Kablo Sanayi A.Ş., Bursa'da yeni fabrikasını açtı.", "Fabrika 300 kişiye iş verecek.")},
		{"en acronym inside the form", "Umlazi Munitions SOC Ltd", plainRelease("Media Desk <media@umlazi.example>",
			"UMLAZI MUNITIONS SOC LTD\r\nMedia Desk", "MEDIA RELEASE", "New fuze line opens", "DURBAN, 3 March 2025 – Umlazi Munitions SOC Ltd opened a new fuze line on Monday.", "The line employs 80 people.")},
		{"it capitals before a written form", "Cantiere Navale Pelagos S.p.A.", plainRelease("Ufficio Stampa <stampa@pelagos.example>",
			"CANTIERE NAVALE PELAGOS S.p.A.\r\nUfficio Stampa", "COMUNICATO STAMPA", "Varata la nuova motovedetta", "Livorno, 3 marzo 2025 – È stata varata lunedì la nuova motovedetta per la Guardia Costiera.", "La consegna è prevista a giugno.")},
		{"en acronym stays", "NATO", plainRelease("NATO Press Office <press@nato-example.example>",
			"Allies agree new targets", "BRUSSELS, 3 March 2025 – Defence ministers met at NATO's headquarters on Monday to agree new capability targets.", "The next meeting is in June.")},
	})
}

// An About heading gives the name short, its sentence with the noun of
// its kind before it; in names written for this test.
func TestIssuerKindBeforeName(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"da forening", "Foreningen Sikre Strande", plainRelease("Sikre Strande <info@sikrestrande.example>",
			"Frivillige rydder 40 strande", "Aarhus, 3. marts 2025 – Sikre Strande har i weekenden ryddet 40 strande for affald.", "Der blev samlet tre tons plastik.",
			"Om Sikre Strande", "Foreningen Sikre Strande er en dansk forening stiftet i 2012, som rydder strande for affald.")},
		{"sv stiftelse", "Stiftelsen Rent Hav", plainRelease("Rent Hav <press@renthav.example>",
			"Nytt forskningsfartyg", "Göteborg, 3 mars 2025 – Rent Hav har köpt ett forskningsfartyg för att mäta plast i Kattegatt.", "Fartyget går ut i maj.",
			"Om Rent Hav", "Stiftelsen Rent Hav är en svensk stiftelse som sedan 2009 arbetar för renare hav.")},
	})
}

type issuerCase struct {
	name, want string
	raw        []byte
}

// checkIssuers inspects each case's email and compares its issuer.
func checkIssuers(t *testing.T, cases []issuerCase) {
	t.Helper()
	for _, tc := range cases {
		d, err := Inspect(tc.raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Issuer != tc.want {
			t.Errorf("%s: issuer %q, want %q", tc.name, d.Issuer, tc.want)
		}
	}
}

// The About sentence writes the legal form the heading leaves out, in
// names written for this test.
func TestIssuerLegalForms(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"pt Lda.", "Brisa Naval, Lda.", plainRelease("Brisa Naval <imprensa@brisanaval.example>",
			"Novo estaleiro em Aveiro", "Aveiro, 3 de março de 2025 – A Brisa Naval inaugurou hoje um estaleiro de reparação em Aveiro.", "O estaleiro emprega 80 pessoas.",
			"Sobre a Brisa Naval", "A Brisa Naval, Lda. foi fundada em 2010 em Aveiro e repara navios de pesca.")},
		{"hr d.d.", "Kvarner Kabeli d.d.", plainRelease("Kvarner Kabeli <pr@kvarnerkabeli.example>",
			"Novi podmorski kabel", "Rijeka, 3. ožujka 2025. – Kvarner Kabeli d.d. potpisali su ugovor za polaganje podmorskog kabela do Cresa.", "Radovi počinju u svibnju.")},
		{"za (Pty) Ltd", "Karoo Drone Works (Pty) Ltd", plainRelease("Karoo Drone Works <media@karoodrone.example>",
			"New crop-spraying drone", "CAPE TOWN, 3 March 2025 – Karoo Drone Works today launched a crop-spraying drone for small farms.", "It costs R180,000.",
			"About Karoo Drone Works", "Karoo Drone Works (Pty) Ltd is a South African maker of agricultural drones founded in 2016.")},
	})
}

// A caseless script's acronym or short name the sender writes, defined
// in the body; in names written for this test.
func TestIssuerCaselessAcronym(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"hi short name in the definition", "भारतीय नौसेना", plainRelease("नौसेना जनसंपर्क <pro@navy-udaharan.example>",
			"नया युद्धपोत शामिल", "मुंबई, 3 मार्च 2025 – भारतीय नौसेना (भानौ) ने आज एक नया युद्धपोत बेड़े में शामिल किया।", "युद्धपोत पश्चिमी तट पर तैनात रहेगा।")},
		{"hi", "भारतीय अंतरिक्ष अनुसंधान संगठन", plainRelease("इसरो मीडिया <media@isro-udaharan.example>",
			"नया उपग्रह प्रक्षेपित", "बेंगलुरु, 3 मार्च 2025 – भारतीय अंतरिक्ष अनुसंधान संगठन (इसरो) ने आज एक नया मौसम उपग्रह प्रक्षेपित किया।", "उपग्रह दस साल तक काम करेगा।")},
	})
}

// A police headquarters' letterhead, named declined in the lede or
// short by the sender; in names written for this test.
func TestIssuerPoliceHeadquarters(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"pl declined in the lede", "Komenda Miejska Policji w Gdyni", plainRelease("Zespół Prasowy KMP <prasa@gdynia-policja.example>",
			"KOMENDA MIEJSKA POLICJI W GDYNI", "Komunikat prasowy", "Zatrzymano złodziei rowerów", "Gdynia, 3 marca 2025 r. Funkcjonariusze z Komendy Miejskiej Policji w Gdyni zatrzymali dwóch mężczyzn podejrzanych o kradzież rowerów.", "Grozi im do 5 lat więzienia.")},
		{"de Präsidium over the sender's short form", "Polizeipräsidium Oberpfalz", plainRelease("Pressestelle PP Oberpfalz <pressestelle@pp-opf.example>",
			"Polizeipräsidium Oberpfalz", "Pressemeldung Nr. 211 vom 3.3.2025", "Unfallflucht aufgeklärt", "REGENSBURG. Beamte der Verkehrspolizei haben am Montag einen flüchtigen Autofahrer ermittelt.", "Der Mann muss mit einer Anzeige rechnen.")},
	})
}

// A wire's headline opens with the company's legal name and a colon; the
// lede's subject is its customer. Names written for this test.
func TestIssuerCompanyHeadline(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"no ASA", "Fjordlys Marine ASA", plainRelease("NTB Info <noreply@ntb-eksempel.example>",
			"Fjordlys Marine ASA: Ny kontrakt med Kystverket", "Kystverket har inngått en avtale med Fjordlys Marine ASA om levering av fire lostbåter.", "Båtene leveres i 2027.")},
		{"fi Oyj", "Nordvik Tekniikka Oyj", plainRelease("Tiedotteet <noreply@tiedote-esim.example>",
			"Nordvik Tekniikka Oyj: Puolustusvoimat tilaa lisää tutkia", "Puolustusvoimat on tilannut Nordvik Tekniikka Oyj:ltä kuusi uutta tutkaa.", "Toimitukset alkavat ensi vuonna.")},
	})
}

// A wire's lede names the company with its ticker and the short name it
// defines; in names written for this test.
func TestIssuerDefinedShortName(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"en ticker and defined name", "Tidewater Acoustics Inc.", plainRelease("GlobeNewswire <noreply@globenewswire-x.example>",
			"Tidewater Acoustics Closes $12 Million Private Placement", "HALIFAX, Nova Scotia, March 03, 2025 (GLOBE NEWSWIRE) -- Tidewater Acoustics Inc. (TSXV: TWA) (“Tidewater” or the “Company”), a maker of sonar buoys, is pleased to announce the closing of a private placement.", "The proceeds will fund a new plant.")},
	})
}

// The lede abbreviates the company form, the About paragraph spells it
// out; in names written for this test.
func TestIssuerSpelledCompanyForm(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"ru ООО", "Общество с ограниченной ответственностью «Балтийские верфи»", plainRelease("Пресс-служба <press@baltverf-primer.example>",
			"Спущен на воду новый буксир", "Калининград, 3 марта 2025 г. — ООО «Балтийские верфи» спустило на воду новый портовый буксир.", "Судно передадут заказчику летом.",
			"Справка", "Общество с ограниченной ответственностью «Балтийские верфи» основано в 2001 году и строит суда для портов Балтики.")},
		{"uk АТ", "Акціонерне товариство «Карпатські турбіни»", plainRelease("Прес-служба <press@karpturb-pryklad.example>",
			"Нова турбіна для ГЕС", "Львів, 3 березня 2025 року – АТ «Карпатські турбіни» виготовило нову турбіну для Дністровської ГЕС.", "Монтаж почнеться восени.",
			"Про компанію", "Акціонерне товариство «Карпатські турбіни» засноване у 1994 році і виробляє гідротурбіни.")},
	})
}

// A mission's letterhead names it in full; its acronym and its commander
// open the lede. Names written for this test.
func TestIssuerMissionLetterhead(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"en force and its commander", "European Union Training Force Sahel", plainRelease("EUTFS PIO <pio@eutfs-example.example>",
			"European Union Training Force Sahel", "PRESS RELEASE", "EUTFS Force Commander visits Gao", "BAMAKO, 3 March 2025 – EUTFS Force Commander Brigadier General Piet Jansen visited the training camp in Gao today.", "He met the camp's instructors.")},
	})
}

// A French lede opens with a plural name whose adjectives follow its
// noun; in names written for this test.
func TestIssuerPostposedPlural(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"fr two plural adjectives", "Forces navales tunisiennes", plainRelease("Service de presse <presse@defense-tn-exemple.example>",
			"Deux vedettes livrées à Bizerte", "Tunis, le 3 mars 2025 – Les Forces navales tunisiennes ont reçu lundi deux vedettes rapides à Bizerte.", "Elles patrouilleront au large du cap Bon.")},
		{"fr participle and adjective", "Forces armées gabonaises", plainRelease("Service de presse <presse@defense-ga-exemple.example>",
			"Exercice conjoint à Port-Gentil", "Libreville, le 3 mars 2025 – Les Forces armées gabonaises ont lancé lundi un exercice de sauvetage en mer à Port-Gentil.", "Il dure cinq jours.")},
	})
}
