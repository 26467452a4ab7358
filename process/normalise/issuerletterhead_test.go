package normalise

import (
	"strings"
	"testing"
)

// A letterhead written a line to a block, as HTML paragraphs write it:
// the unit under its parent issues; a country above it, a press office
// under it or a label do not; a letterhead without an organisation's
// noun counts when the email names it again, in capitals or not; a name
// goes on after a dash when the email writes the dashed part twice; a
// label names whose release it is after a bar or a dash ("PRESS
// RELEASE | Tern Valley Water"); a sender's syllabic acronym clipped
// from its name's first letters is the name the letterhead writes.
// Names and words written for this test.
func TestIssuerLetterheadLines(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"cs regional directorate under the national police", "Krajské ředitelství policie Olomouckého kraje", plainRelease("Policie ČR <media@policie-priklad.example>",
			"Policie České republiky", "Krajské ředitelství policie Olomouckého kraje", "Tisková zpráva", "Zadrželi dva zloděje aut",
			"Olomouc, 4. března 2025 – Kriminalisté zadrželi v pondělí dva muže podezřelé z krádeží aut.", "Oba jsou ve vazbě.")},
		{"en government over its department, one block", "Department of Fisheries", plainRelease("Fisheries Media <media@fish-example.example>",
			"Coral Coast Government\r\nDepartment of Fisheries", "MEDIA RELEASE", "New patrol vessels for the reef",
			"Two patrol vessels will join the reef fleet from Monday, the department said.", "They replace boats built in 1998.")},
		{"en contacts heading over the office line", "Department of Coastal Works", plainRelease("Coastal Works <cw@coast-example.example>",
			"Breakwater repaired", "The breakwater at the northern harbour has been repaired ahead of the winter storms.", "Work took six weeks.",
			"Contacts", "Media Relations, Department of Coastal Works, 555-0100, media@coast-example.example")},
		{"en district under its corps, a line each", "Harbour District", plainRelease("Public Affairs <pa@corps-example.example>",
			"Coastal Engineering Corps", "Harbour District", "NEWS RELEASE", "Dredging contract awarded",
			"PORTMOUTH – The Harbour District awarded a dredging contract on Monday for the inner channel.", "Work starts in May.")},
		{"pt government letterhead without a noun, named again", "Proteção Civil", plainRelease("Gabinete de Imprensa <imprensa@gov-exemplo.example>",
			"REPÚBLICA PORTUGUESA", "PROTEÇÃO CIVIL", "Comunicado", "Aviso de agitação marítima",
			"Lisboa, 4 de março de 2025 – A Proteção Civil alerta para ondas de seis metros na costa norte.", "Recomenda-se não ir à praia.")},
		{"ar press directorate under the forces is not the unit", "الدفاع المدني – المديرية العامة", plainRelease("مديرية الإعلام <media@cd-example.example>",
			"الدفاع المدني – المديرية العامة", "مديرية الإعلام", "بيان صحفي", "إخماد حريق في مستودع",
			"عمّان، 4 آذار 2025 – تمكنت فرق الدفاع المدني – المديرية العامة، صباح اليوم، من إخماد حريق في مستودع.", "ولم تسجل إصابات.")},
		{"el capitals letterhead, dashed name in the lede", "Πυροσβεστικό Σώμα – Περιφέρεια Αττικής", plainRelease("Γραφείο Τύπου <typos@pyro-example.example>",
			"ΠΥΡΟΣΒΕΣΤΙΚΟ ΣΩΜΑ – ΠΕΡΙΦΕΡΕΙΑ ΑΤΤΙΚΗΣ", "ΔΕΛΤΙΟ ΤΥΠΟΥ", "Κατάσβεση πυρκαγιάς",
			"Αθήνα, 4 Μαρτίου 2025 – Επιχείρηση κατάσβεσης ολοκλήρωσε το Πυροσβεστικό Σώμα – Περιφέρεια Αττικής τις πρωινές ώρες.", "Δεν υπάρχουν τραυματίες.")},
		{"en media release bar name", "Tern Valley Water", plainRelease("Newsroom <news@tvw-example.example>",
			"MEDIA RELEASE | Tern Valley Water", "Reservoir levels back to normal",
			"Reservoir levels across the valley rose to 92 per cent after the March rain.", "Hosepipe limits end on Friday.")},
		{"nl persbericht bar name", "Rijkshavendienst Noord", plainRelease("Nieuwsdienst <nieuws@rhn-voorbeeld.example>",
			"PERSBERICHT | Rijkshavendienst Noord", "Nieuwe sluisdeur geplaatst",
			"Bij de zeesluis is dinsdag een nieuwe sluisdeur van 600 ton geplaatst.", "De sluis gaat in mei weer open.")},
		{"fr communiqué dash name", "Parc naturel des Dunes", plainRelease("Service presse <presse@pnd-exemple.example>",
			"COMMUNIQUÉ DE PRESSE – Parc naturel des Dunes", "Réouverture des sentiers",
			"Les sentiers du littoral rouvrent samedi après deux mois de travaux.", "Les chiens doivent être tenus en laisse.")},
		{"es clipped acronym from the letterhead", "Instituto de Fronteras Marítimas", plainRelease("INFRAMAR <prensa@inframar-ejemplo.example>",
			"Instituto de Fronteras Marítimas", "Comunicado", "Nueva boya de medición en el golfo",
			"Valparaíso, 4 de marzo de 2025 – Una nueva boya de medición fue instalada el lunes frente a la costa.", "Los datos serán públicos, informó el INFRAMAR.")},
	})
}

// A Thai lede's subject opens with an organisation's noun and ends at
// the space after it; a Thai public-relations unit is no issuer.
func TestLedeThai(t *testing.T) {
	if got, _ := ledeName("กองทัพอากาศ รับมอบเครื่องบินลำใหม่เมื่อวันอังคาร", func() string { return "" }, ""); got != "กองทัพอากาศ" {
		t.Errorf("ledeName: %q, want กองทัพอากาศ", got)
	}
	if got := cleanOrg("ฝ่ายประชาสัมพันธ์"); got != "" {
		t.Errorf("cleanOrg: %q, want nothing", got)
	}
}

// Arabic glues "for", "and", "with" to a word's article: "للقوات" is
// "القوات" to every comparison of names.
func TestFoldWordsArabicProclitics(t *testing.T) {
	got := foldWords([]string{"للقوات", "والجيش", "بالمديرية", "ليبيا", "وزارة"})
	want := []string{"القوات", "الجيش", "المديرية", "ليبيا", "وزارة"}
	for i := range want {
		if got[i] != fold(want[i]) {
			t.Errorf("foldWords: %q for %q, want %q", got[i], []string{"للقوات", "والجيش", "بالمديرية", "ليبيا", "وزارة"}[i], want[i])
		}
	}
}

// The About paragraph under a heading that names no one opens with the
// legal name; a lede in a language that writes names with lower-case
// words ends its subject at a tense word or a verb's prefix; Arabic
// ledes with and without short vowels; a remit listed in a letterhead;
// a department's mailbox is no person's. Names and words written for
// this test.
func TestIssuerSubjects(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"cs about the company, legal name opens the sentence", "Moravské optické závody s.r.o.", plainRelease("Tiskové oddělení <media@agentura-priklad.example>",
			"Moravské optické závody dodají dalekohledy armádě", "Brno, 4. března 2025 – Armáda České republiky podepsala smlouvu na 800 dalekohledů.", "Dodávky potrvají dva roky.",
			"O společnosti", "Moravské optické závody s.r.o. se sídlem v Přerově vyrábějí optiku od roku 1991.")},
		{"ko company form before the name in the About sentence", "주식회사 서해정밀", plainRelease("서해정밀 홍보팀 <pr@seohae-example.example>",
			"서해정밀, 해경에 열화상 카메라 공급", "2025년 3월 4일 — 해양경찰청은 서해정밀과 열화상 카메라 공급 계약을 맺었다고 밝혔다.", "공급은 내년까지 이어진다.",
			"■ 회사 소개", "주식회사 서해정밀은 1998년 설립된 광학 장비 기업이다.")},
		{"vi subject before its tense word", "Công ty Cổ phần Cơ khí Thủy Hải Phòng", plainRelease("Phòng Truyền thông <tt@cokhi-example.example>",
			"Bàn giao tàu tuần tra", "Hải Phòng, ngày 4 tháng 3 năm 2025 – Công ty Cổ phần Cơ khí Thủy Hải Phòng đã bàn giao hai tàu tuần tra cho lực lượng biên phòng.", "Hai tàu dài 30 mét.")},
		{"ar lede with short vowels, genitive with li-", "الهيئة الوطنية للأمن البحري", plainRelease("المكتب الإعلامي <media@nmsa-example.example>",
			"توقيع اتفاقية", "وقّعت الهيئة الوطنية للأمن البحري اليوم اتفاقية لتدريب خفر السواحل.", "وتستمر الاتفاقية ثلاث سنوات.")},
		{"pl About heading declines the name the sentence opens with", "Zakłady Lotnicze Mielec S.A.", plainRelease("Biuro prasowe <prasa@zlm-przyklad.example>",
			"Nowe śmigłowce dla straży", "Mielec, 4 marca 2025 r. – Straż Graniczna zamówiła cztery śmigłowce.", "Dostawy ruszą w 2026 r.",
			"O Zakładach Lotniczych Mielec", "Zakłady Lotnicze Mielec S.A. budują śmigłowce od 1946 roku.")},
		{"lt lede, its noun in lower case", "Lietuvos pasieniečių tarnyba", plainRelease("Komunikacijos skyrius <spauda@pasieniec-pvz.example>",
			"Nauji dronai", "Vilnius, 2025 m. kovo 4 d. – Lietuvos pasieniečių tarnyba gavo 20 naujų dronų.", "Jie bus naudojami pasienyje.")},
		{"hi subject before ne, its acronym in brackets", "भारतीय तटीय पुलिस", plainRelease("जनसंपर्क <pro@tatiya-example.example>",
			"नई नौकाएं", "चेन्नई, 4 मार्च 2025 – भारतीय तटीय पुलिस (बीटीपी) ने मंगलवार को दस नई नौकाएं शामिल कीं।", "ये नौकाएं तट पर गश्त करेंगी।")},
		{"nl article, the organisation's noun and its name", "Gemeente Zwolle", plainRelease("Persvoorlichting <pers@zwolle-voorbeeld.example>",
			"Nieuwe fietsbrug", "Zwolle, 4 maart 2025 – De gemeente Zwolle opent volgende week een fietsbrug over de IJssel.", "De brug kostte negen miljoen euro.")},
		{"he construct noun and the country", "רשות ההגירה ישראל", plainRelease("דוברות <dover@piba-example.example>",
			"נתונים חדשים", "רשות ההגירה ישראל פרסמה היום נתונים חדשים על מבקרים.", "הנתונים מתייחסים לשנה שעברה.")},
		{"id remit letterhead and a department's mailbox", "Badan Riset, Inovasi, dan Teknologi", plainRelease("Humas BRIT <humas@brit-example.example>",
			"BADAN RISET, INOVASI, DAN TEKNOLOGI", "SIARAN PERS", "Satelit baru diluncurkan",
			"Badan Riset, Inovasi, dan Teknologi (BRIT) meluncurkan satelit pengamat cuaca pada Senin.", "Satelit akan beroperasi lima tahun.")},
	})
}

// A letterhead whose name has no organisation's noun and is not written
// again as it stands, set over its own press unit; a unit's number in
// a letterhead. Names and words written for this test.
func TestIssuerLetterheadOverPressUnit(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"de squadron numbered, over its press work", "Küstenfliegerstaffel 4", plainRelease("Presse <presse@kfs-beispiel.example>",
			"Küstenfliegerstaffel 4\r\nPresse- und Öffentlichkeitsarbeit", "PRESSEMITTEILUNG Nr. 12/2025", "Neuer Hubschrauber übergeben",
			"Nordenham, 4. März 2025. Am Dienstag hat die Staffel in Nordenham ihren dritten Hubschrauber übernommen.", "Die Besatzung flog ihn aus Marseille.")},
		{"en numbered command over its public affairs", "3rd Coastal Training Wing", plainRelease("3rd Coastal Training Wing PAO <pao@ctw-example.example>",
			"3rd Coastal Training Wing\r\nPublic Affairs", "NEWS RELEASE", "Winter drill begins",
			"About 900 sailors began the winter drill on Monday, hosted by the wing at Port Ellery.", "The drill lasts two weeks.")},
	})
}

// The letterhead names in full the issuer the text names short: the
// provincial command over the corps's name, not a parent's acronym or a
// legal form alone. Names written for this test.
func TestLetterheadForm(t *testing.T) {
	cs := []candidate{{name: "Comando Provinciale Guardia Costiera di Ancona", source: "letterhead"}, {name: "Guardia Costiera", source: "domain"}}
	if got := letterheadForm("Guardia Costiera", cs); got != "Comando Provinciale Guardia Costiera di Ancona" {
		t.Errorf("letterheadForm: %q", got)
	}
	for best, lh := range map[string]string{"Maritime Command": "NATO Maritime Command", "Harbour Pilots": "Harbour Pilots Services Ltd", "Guardia Costiera": "Guardia di Finanza"} {
		if got := letterheadForm(best, []candidate{{name: lh, source: "letterhead"}}); got != best {
			t.Errorf("letterheadForm(%q, %q): %q", best, lh, got)
		}
	}
}

// A letterhead under the release label that the body writes only
// declined. Names and words written for this test.
func TestIssuerLetterheadDeclined(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"fi foundation under its label, the body's genitive and elative", "Kallaveden lintusäätiö", plainRelease("Uutispalvelu <info@uutisjakelu-esim.example>",
			"TIEDOTE", "Kallaveden lintusäätiö", "Kalasääskiä pesi ennätysmäärä",
			"Kuopio 4.3.2025 – Kallaveden lintusäätiön laskennassa löydettiin tänä vuonna 64 asuttua pesää.", "– Kanta kasvaa, sanoo tutkija Liisa Mäkelä Kallaveden lintusäätiöstä.")},
	})
}

// A letterhead's ampersand, the signature's word for "and": the name as
// running text writes it. Names written for this test.
func TestIssuerSpelledAnd(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"en ampersand letterhead, signature spells it", "Harbours and Lighthouses Agency", plainRelease("HLA Press <press@hla-example.example>",
			"Harbours & Lighthouses Agency", "NEWS RELEASE", "Lighthouse keepers return to Skerry Point",
			"PORTREE, 4 March 2025 – Two keepers will staff the Skerry Point light again from Monday, the first time since 1989.", "The light was automated in 1989.",
			"Harbours and Lighthouses Agency | 1 Quay Street, Portree")},
	})
}

func TestSpelledAndKept(t *testing.T) {
	in := &issuerText{folded: foldWords(strings.Fields("Hafen & Schifffahrt Kiel meldet neue Fähre."))}
	if got := spelledAnd("Hafen & Schifffahrt Kiel", in); got != "Hafen & Schifffahrt Kiel" {
		t.Errorf("spelledAnd: %q", got)
	}
}

// An Indonesian subject in capitals ends at the verb's prefix after it,
// trusted as a subject, not cut at an organisation noun further on.
// Words written for this test.
func TestLedeMarkedRun(t *testing.T) {
	for l, want := range map[string]string{
		"Badan Keamanan Pantai melalui Armada Timur menerima dua kapal patroli baru di Bitung.": "Badan Keamanan Pantai",
	} {
		if got, w := ledeName(l, func() string { return "" }, "humas@polda-contoh.example"); got != want || w != 2 {
			t.Errorf("ledeName: %q (%d), want %q", got, w, want)
		}
	}
}

// A kicker that says whose news it is, in any language: "News from X",
// "Nachrichten aus X". Names written for this test.
func TestIssuerKicker(t *testing.T) {
	checkIssuers(t, []issuerCase{
		{"en news from, agency sender", "Riverside Water Trust", plainRelease("Sam Lee <sam@leecomms.example>",
			"News from Riverside Water Trust", "Wetland restored near Ashford",
			"ASHFORD, 4 March 2025 – A 40-hectare wetland near Ashford has been restored after three years of work.", "Otters have returned, the trust said.")},
		{"fr nouvelles de", "Parc naturel des Vosges du Sud", plainRelease("Info <info@envoi-lettres.example>",
			"Nouvelles du Parc naturel des Vosges du Sud", "COMMUNIQUÉ DE PRESSE", "Retour du lynx",
			"Belfort, le 4 mars 2025 – Un lynx a été photographié pour la première fois depuis 1990 sur les crêtes.", "Les gardes suivent ses traces.")},
	})
}

// An acronym that opens a name is that organisation's first word, not
// clipped from the name.
func TestSyllabicNotOpening(t *testing.T) {
	if syllabic("NATO", "NATO Innovation Fund") {
		t.Error("syllabic: NATO spells NATO Innovation Fund")
	}
}

// A Slavic ministry the lede opens with runs through its remit, "for the
// affairs of …", to the country that closes its name; a date's
// preposition after the noun is no remit. Names and words written for
// this test.
func TestLedeMinistryRemit(t *testing.T) {
	for lede, want := range map[string]string{
		"Міністерство у справах рибальства України разом із громадами відкриває нові причали.": "Міністерство у справах рибальства України",
		"Министерство по делам молодёжи Республики Алтай объявило конкурс проектов.":           "Министерство по делам молодёжи Республики Алтай",
		"Ministerstwo do spraw Żeglugi ogłosiło przetarg na nowe promy.":                       "Ministerstwo do spraw Żeglugi",
		"Міністерство в понеділок відкрило Одеський порт для суден.":                           "Міністерство",
	} {
		if got := ledeOrg(lede); got != want {
			t.Errorf("ledeOrg(%q) = %q, want %q", lede, got, want)
		}
	}
}
