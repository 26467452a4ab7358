package segment

import (
	"net/mail"
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// Classes of contact entry that mail from new senders brings, each in
// several of the desk's languages, written for this test: addresses
// spelt to fool harvesters (also across a line break), contact headings
// in brackets, job titles and ranks before a name, phone labels in every
// script, and an entry by number alone in a block of its own under a
// heading.
func TestContactClasses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks [][]string
		want   string // "name|email|phone;…", empty parts for null
	}{
		// spelt addresses
		{"(at) with spaces, broken over two lines", [][]string{{"Ufficio Stampa: tel. 02 555 1234 - stampa.milano (at)", "carabinieri-esempio.example"}},
			"Ufficio Stampa|stampa.milano@carabinieri-esempio.example|02 555 1234"},
		{"arroba and punto in Spanish", [][]string{{"Contacto de prensa: Lucía Gómez, 91 555 12 34, lgomez (arroba) armada (punto) example"}},
			"Lucía Gómez|lgomez@armada.example|91 555 12 34"},
		{"bare arroba and punto", [][]string{{"Contacto: Pedro Alves, prensa arroba marina punto example"}},
			"Pedro Alves|prensa@marina.example|"},
		{"(a) and [dot]", [][]string{{"Kontakt: Jan Novák, tel. +420 555 123 456, jan.novak(a)armada[dot]example"}},
			"Jan Novák|jan.novak@armada.example|+420 555 123 456"},
		{"[at] and (punkt) in German", [][]string{{"Pressekontakt:", "Anja Weber", "presse [at] werft (punkt) example"}},
			"Anja Weber|presse@werft.example|"},
		{"a clause letter is no address", [][]string{{"Contact: Ana Pires, ana.pires@estaleiro.example", "See section (a) 3.2 of the contract."}},
			"Ana Pires|ana.pires@estaleiro.example|"},
		// bracketed headings
		{"Japanese heading in lenticular brackets", [][]string{{"【本件に関するお問い合わせ】東和電機株式会社 広報部 電話 03-5555-0101 koho@towa.example"}},
			"東和電機株式会社 広報部|koho@towa.example|03-5555-0101"},
		{"heading in square brackets", [][]string{{"[Media contact] Priya Nair, +91 98200 55501, priya.nair@shipyard.example"}},
			"Priya Nair|priya.nair@shipyard.example|+91 98200 55501"},
		{"heading in tortoise-shell brackets", [][]string{{"〔問い合わせ先〕海洋技研 広報室 電話 045-555-0202 pr@kaiyo.example"}},
			"海洋技研 広報室|pr@kaiyo.example|045-555-0202"},
		{"heading in guillemets", [][]string{{"«Контакты для прессы» Ирина Петрова, тел. +7 495 555 01 02, press@zavod.example"}},
			"Ирина Петрова|press@zavod.example|+7 495 555 01 02"},
		{"Chinese heading in brackets", [][]string{{"【媒体联系人】张敏 电话：010-5555-0303 zhangmin@hangtian.example"}},
			"张敏|zhangmin@hangtian.example|010-5555-0303"},
		// job titles before a name
		{"Danish press chief", [][]string{{"Kontakt:", "Pressechef Mette Holm, tlf. 93 55 10 21, meho@forsvaret.example"}},
			"Mette Holm|meho@forsvaret.example|93 55 10 21"},
		{"English head of communications", [][]string{{"Media contact: Head of Communications Anna Berg, +44 20 5555 0100, anna.berg@yard.example"}},
			"Anna Berg|anna.berg@yard.example|+44 20 5555 0100"},
		{"German press officer", [][]string{{"Pressekontakt: Pressereferentin Julia Schmidt, Tel. +49 30 555 0199, j.schmidt@bund.example"}},
			"Julia Schmidt|j.schmidt@bund.example|+49 30 555 0199"},
		{"Spanish director with particles", [][]string{{"Contacto: Directora de Comunicación Ana de la Torre, 91 555 44 33, adelatorre@defensa.example"}},
			"Ana de la Torre|adelatorre@defensa.example|91 555 44 33"},
		{"Polish spokesperson", [][]string{{"Kontakt dla mediów: Rzecznik prasowy ppłk Jan Kowalski, tel. 261 555 012, rzecznik@wojsko.example"}},
			"Jan Kowalski|rzecznik@wojsko.example|261 555 012"},
		{"Norwegian communications director", [][]string{{"Kontakt:", "Kommunikasjonsdirektør Kari Nordmann, +47 900 55 123, kari.nordmann@forsvar.example"}},
			"Kari Nordmann|kari.nordmann@forsvar.example|+47 900 55 123"},
		{"Ukrainian press secretary", [][]string{{"Контакти для медіа: прес-секретар Олена Коваль, тел. +380 44 555 01 02, koval@mou.example"}},
			"Олена Коваль|koval@mou.example|+380 44 555 01 02"},
		{"French spokesperson", [][]string{{"Contact presse : porte-parole Claire Martin, 01 55 55 00 11, claire.martin@armees.example"}},
			"Claire Martin|claire.martin@armees.example|01 55 55 00 11"},
		// phone labels in every script
		{"Hindi phone label", [][]string{{"मीडिया संपर्क: जनसंपर्क कार्यालय, फोन: 011-2555 0101, pr@mod-in.example"}},
			"जनसंपर्क कार्यालय|pr@mod-in.example|011-2555 0101"},
		{"Hebrew phone label with a geresh", [][]string{{"דוברות: מיכל כהן, טל׳ 03-5550101, dover@idf.example"}},
			"מיכל כהן|dover@idf.example|03-5550101"},
		{"Arabic phone label", [][]string{{"للتواصل الإعلامي: المكتب الإعلامي، هاتف: +971 2 555 0101، media@mod.example"}},
			"المكتب الإعلامي|media@mod.example|+971 2 555 0101"},
		{"Persian phone label", [][]string{{"روابط عمومی: تلفن 021-55550101 pr@sanat.example"}},
			"روابط عمومی|pr@sanat.example|021-55550101"},
		{"Korean phone label", [][]string{{"언론 문의: 홍보팀 김민지 전화 02-555-0101 press@hanwha.example"}},
			"김민지|press@hanwha.example|02-555-0101"},
		{"Spanish mobile label", [][]string{{"Contacto de prensa: Lucía Gómez, Celular: 55 5555 0101, lgomez@semar.example"}},
			"Lucía Gómez|lgomez@semar.example|55 5555 0101"},
		{"German mobile label", [][]string{{"Pressekontakt: Jonas Weber, Handy 0171 555 0101, presse@werft.example"}},
			"Jonas Weber|presse@werft.example|0171 555 0101"},
		// entries by number alone
		{"a person by number alone in a block under a heading", [][]string{{"Further information:"}, {"Chief Executive Tom Reid, tel. 0131 555 0100"}, {"Communications Manager Ann Lowe, 0131 555 0101, ann.lowe@harbour.example"}},
			"Tom Reid||0131 555 0100;Ann Lowe|ann.lowe@harbour.example|0131 555 0101"},
		{"a name block over the address block is one contact", [][]string{{"Media contact:"}, {"Ruth Kane, +44 20 5555 0199"}, {"ruth.kane@inst.example"}},
			"Ruth Kane|ruth.kane@inst.example|+44 20 5555 0199"},
		{"a person by number alone in the last sentence of an About paragraph", [][]string{{"Media contact: Ann Lowe, ann.lowe@harbour.example"}, {"About Harbour Robotics", "Harbour Robotics builds autonomous survey vessels for navies and port authorities in nine countries and employs 400 people in Leith. For further information please contact Tom Reid, tel. 0131 555 0100."}},
			"Ann Lowe|ann.lowe@harbour.example|;Tom Reid||0131 555 0100"},
		{"a figure in an About paragraph is no contact", [][]string{{"Media contact: Ann Lowe, ann.lowe@harbour.example"}, {"Harbour Robotics builds autonomous survey vessels for navies and port authorities in nine countries and had revenue of 0131 555 0100 pounds last year, with contacts in 40 ports."}},
			"Ann Lowe|ann.lowe@harbour.example|"},
		{"a Finnish About paragraph naming the contact", [][]string{{"Viestintä: Sanna Virtanen, sanna.virtanen@kaleva.example"}, {"Kalevan Telakka Oy rakentaa ja huoltaa rannikkoaluksia Suomen ja Viron merivoimille ja työllistää 300 henkeä Turussa. Lisätietoja antaa toimitusjohtaja Mikko Salonen, puh. 040 555 0182."}},
			"Sanna Virtanen|sanna.virtanen@kaleva.example|;Mikko Salonen||040 555 0182"},
		{"a German About paragraph naming the contact", [][]string{{"Pressekontakt: Jana Kühl, presse@bergung.example"}, {"Die Nordsee Bergung GmbH birgt Wracks und Munition in Nord- und Ostsee und beschäftigt 120 Menschen in Bremerhaven. Rückfragen an Geschäftsführer Lars Petersen, Tel. 0471 555 21."}},
			"Jana Kühl|presse@bergung.example|;Lars Petersen||0471 555 21"},
		// offices
		{"a long office name in title shape", [][]string{{"Oficina de Comunicación Social de la Secretaría de Defensa Nacional"}, {"comunicacion@sedena.example"}},
			"Oficina de Comunicación Social de la Secretaría de Defensa Nacional|comunicacion@sedena.example|"},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		if got := show(Contacts(bs, nil)); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// An office's own press mailbox answers for the office written in
// another script; not a person's mailbox, nor another office's.
func TestPhoneContactSenderScript(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"मीडिया संपर्क: जनसंपर्क निदेशालय, फोन: 011-2555 0412"}, mail.Address{Name: "Directorate of Public Relations", Address: "pr@mod-in.example"},
			"जनसंपर्क निदेशालय|pr@mod-in.example|011-2555 0412"},
		{[]string{"मीडिया संपर्क: जनसंपर्क निदेशालय, फोन: 011-2555 0412"}, mail.Address{Name: "Rahul Verma", Address: "rahul.verma@mod-in.example"},
			"जनसंपर्क निदेशालय||011-2555 0412"},
		{[]string{"新聞聯絡人：王小姐 電話：02-2555-6789"}, mail.Address{Name: "Defence Research Institute", Address: "news@dri.example"},
			"王小姐||02-2555-6789"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// The sender's mailbox answers for an office whose name the sender
// writes shortened, and in a caseless script an office's word opens its
// organisation's name, not a person's.
func TestOfficeForms(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"Centro de Comunicação Social da Marinha - (21) 5555-0101"}, mail.Address{Name: "CCSM", Address: "imprensa@ccsm.example"},
			"Centro de Comunicação Social da Marinha|imprensa@ccsm.example|(21) 5555-0101"},
		{[]string{"Unidad de Comunicación Social, Secretaría de Marina, tel. 55 5555 0101"}, mail.Address{Name: "SEMAR Prensa", Address: "prensa@semar.example"},
			"Unidad de Comunicación Social, Secretaría de Marina|prensa@semar.example|55 5555 0101"},
		{[]string{"Centro de Comunicação Social da Marinha - (21) 5555-0101"}, mail.Address{Name: "CCOMSEx", Address: "imprensa@ccomsex.example"},
			"Centro de Comunicação Social da Marinha||(21) 5555-0101"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
	for _, tc := range []struct{ line, want string }{
		{"לפרטים נוספים: דוברות תעשיות ים, דנה כהן, 04-5550101, pr@yam.example", "דנה כהן|pr@yam.example|04-5550101"},
		{"للاستفسارات: المكتب الإعلامي شركة الخليج، سارة أحمد، +971 2 555 0101، media@gulf.example", "سارة أحمد|media@gulf.example|+971 2 555 0101"},
	} {
		if got := show(Contacts([]block.Block{{Lines: []string{tc.line}}}, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.line, got, tc.want)
		}
	}
}

// Contact blocks as releases in the desk's languages write them, written
// for this test: labels, titles, ranks, post-nominals, number formats,
// an office over its organisation, and the sender's mailbox for an
// office or a person with no address of their own.
func TestContactLanguages(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Presskontakt:", "Erik Lind, presschef, 08-555 012 34, erik.lind@fmv.example"}}, "Erik Lind|erik.lind@fmv.example|08-555 012 34"},
		{[][]string{{"Contact:", "Jean DUPONT", "Tél. : +33 (0)1 55 55 01 02", "jean.dupont@dga.example"}}, "Jean DUPONT|jean.dupont@dga.example|+33 (0)1 55 55 01 02"},
		{[][]string{{"Media contact:", "Sarah O'Neil", "+44 (0)20 7946 0100", "sarah.oneil@bae.example"}}, "Sarah O'Neil|sarah.oneil@bae.example|+44 (0)20 7946 0100"},
		{[][]string{{"CONTACT: John Miller, 1-800-555-0199, jmiller@lockheed.example"}}, "John Miller|jmiller@lockheed.example|1-800-555-0199"},
		{[][]string{{"Media Contact", "Jane Smith", "Phone: +1 202-555-0100", "Email: jane.smith@army.example"}}, "Jane Smith|jane.smith@army.example|+1 202-555-0100"},
		{[][]string{{"Voor meer informatie:", "Pieter de Vries, woordvoerder, 06-55512345, p.devries@defensie.example"}}, "Pieter de Vries|p.devries@defensie.example|06-55512345"},
		{[][]string{{"Contacto para a imprensa:", "Assessoria de Imprensa da Marinha", "Tel.: +351 21 555 0101", "imprensa@marinha.example"}}, "Assessoria de Imprensa da Marinha|imprensa@marinha.example|+351 21 555 0101"},
		{[][]string{{"Dodatkowe informacje:", "Anna Nowak, tel. +48 22 555 01 02, e-mail: anna.nowak@mon.example"}}, "Anna Nowak|anna.nowak@mon.example|+48 22 555 01 02"},
		{[][]string{{"Jane Smith <jane.smith@navy.example>", "+61 2 5555 0101"}}, "Jane Smith|jane.smith@navy.example|+61 2 5555 0101"},
		{[][]string{{"Kontakt za medije: Ivana Horvat, tel. +385 1 555 0101, ivana.horvat@morh.example"}}, "Ivana Horvat|ivana.horvat@morh.example|+385 1 555 0101"},
		{[][]string{{"Lisainfo: Mari Tamm, pressiesindaja, +372 555 0101, mari.tamm@mil.example"}}, "Mari Tamm|mari.tamm@mil.example|+372 555 0101"},
		{[][]string{{"Basın iletişim: Ayşe Yılmaz, +90 312 555 01 02, ayse.yilmaz@aselsan.example"}}, "Ayşe Yılmaz|ayse.yilmaz@aselsan.example|+90 312 555 01 02"},
		{[][]string{{"Πληροφορίες: Γιώργος Παπαδόπουλος, τηλ. 210 5550101, gpapad@mod.example"}}, "Γιώργος Παπαδόπουλος|gpapad@mod.example|210 5550101"},
		{[][]string{{"Liên hệ báo chí: Nguyễn Văn An, ĐT: 024 5555 0101, an.nv@mod.example"}}, "Nguyễn Văn An|an.nv@mod.example|024 5555 0101"},
		{[][]string{{"Narahubung: Budi Santoso, HP 0812 5555 0101, budi@kemhan.example"}}, "Budi Santoso|budi@kemhan.example|0812 5555 0101"},
		{[][]string{{"Daugiau informacijos: Jonas Jonaitis, tel. +370 5 555 0101, jonas@kam.example"}}, "Jonas Jonaitis|jonas@kam.example|+370 5 555 0101"},
		{[][]string{{"За контакти: Мария Иванова, тел. +359 2 555 0101, m.ivanova@mod.example"}}, "Мария Иванова|m.ivanova@mod.example|+359 2 555 0101"},
		{[][]string{{"Contact presă: Andrei Popescu, purtător de cuvânt, tel. 021 555 0101, presa@mapn.example"}}, "Andrei Popescu|presa@mapn.example|021 555 0101"},
		{[][]string{{"Media enquiries", "Tom Hale | Head of Media Relations | T: +44 (0) 1234 555 010 | M: +44 7700 900 010 | E: tom.hale@thales.example"}}, "Tom Hale|tom.hale@thales.example|+44 (0) 1234 555 010"},
		{[][]string{{"Press contact: Lt Cdr Mark Evans RN, 023 9255 0101, mark.evans@navy.example"}}, "Mark Evans|mark.evans@navy.example|023 9255 0101"},
		{[][]string{{"Kontakt: Oberstleutnant Klaus Meier, Pressesprecher, Tel. 0228 555 0101, klausmeier@bundeswehr.example"}}, "Klaus Meier|klausmeier@bundeswehr.example|0228 555 0101"},
		{[][]string{{"お問い合わせ先：防衛省 報道室 03-5555-0101"}, {"press@mod.example"}}, "防衛省 報道室|press@mod.example|03-5555-0101"},
		{[][]string{{"Press Office", "Ministry of Defence", "Tel: +421 2 5555 0101", "E-mail: press@mod.example"}}, "Press Office, Ministry of Defence|press@mod.example|+421 2 5555 0101"},
		{[][]string{{"Contatti stampa:", "Marco Rossi – Responsabile Comunicazione", "Tel. +39 06 5555 0101 – Cell. +39 335 555 0101", "marco.rossi@leonardo.example"}}, "Marco Rossi|marco.rossi@leonardo.example|+39 06 5555 0101"},
		{[][]string{{"Для СМИ: пресс-служба, тел. +7 495 555-01-01, press@rostec.example"}}, "пресс-служба|press@rostec.example|+7 495 555-01-01"},
		{[][]string{{"Contact: Capt. (N) Marie Tremblay, Public Affairs Officer, 613-555-0101, marie.tremblay@forces.example"}}, "Marie Tremblay|marie.tremblay@forces.example|613-555-0101"},
		{[][]string{{"媒體聯絡人：陳小姐", "電話：(02) 2555-0101", "email: chen@ndu.example"}}, "陳小姐|chen@ndu.example|(02) 2555-0101"},
		{[][]string{{"Mediakontakt:", "Mikkel Jensen, presserådgiver", "Mobil: 41 55 01 02", "E-mail: mije@fmi.example"}}, "Mikkel Jensen|mije@fmi.example|41 55 01 02"},
		{[][]string{{"Contacto:", "Dirección de Comunicación Social", "Teléfono: (55) 5555 0101 ext. 123", "comunicacion@sedena.example"}}, "Dirección de Comunicación Social|comunicacion@sedena.example|(55) 5555 0101 ext. 123"},
		{[][]string{{"ENDS"}, {"For further information please contact:", "Alex Turner", "Communications Officer", "alex.turner@nhs.example", "07700 900123"}}, "Alex Turner|alex.turner@nhs.example|07700 900123"},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		if got := show(Contacts(bs, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"Für Rückfragen: Pressestelle, Tel. 030 555 0101"}, mail.Address{Name: "Pressestelle BMVg", Address: "presse@bmvg.example"}, "Pressestelle|presse@bmvg.example|030 555 0101"},
		{[]string{"Contact presse : Service de presse, 01 55 55 01 01"}, mail.Address{Name: "Service de presse", Address: "presse@armees.example"}, "Service de presse|presse@armees.example|01 55 55 01 01"},
		{[]string{"Media contact: Jane Doe, +1 703-555-0101"}, mail.Address{Name: "Jane Doe", Address: "jdoe@agency.example"}, "Jane Doe|jdoe@agency.example|+1 703-555-0101"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// Entries by number alone: several under one heading (an information
// heading too, in any language), in a block each, after a rank, with a
// role line.
func TestContactsByNumber(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		from   mail.Address
		want   string
	}{
		{[][]string{{"Media contacts:", "Zoe Mitchell 0400 555 123", "Sam Gorman 0412 555 678"}}, mail.Address{Name: "Dept", Address: "media@dept.example"}, "Zoe Mitchell||0400 555 123;Sam Gorman||0412 555 678"},
		{[][]string{{"Media contacts:"}, {"Zoe Mitchell, 0400 555 123"}, {"Sam Gorman, 0412 555 678"}}, mail.Address{Name: "Dept", Address: "media@dept.example"}, "Zoe Mitchell||0400 555 123;Sam Gorman||0412 555 678"},
		{[][]string{{"Pressekontakt:", "Hauptmann Jens Vogt", "Tel. 0331 555 0101"}}, mail.Address{Name: "Bundeswehr", Address: "presse@bw.example"}, "Jens Vogt||0331 555 0101"},
		{[][]string{{"Contact: Lt. Col. Anna Reyes, Public Affairs Officer, DSN 555-0101, (703) 555-0101"}}, mail.Address{Name: "Army PAO", Address: "pao@army.example"}, "Anna Reyes||(703) 555-0101"},
		{[][]string{{"Kontakt dla mediów:", "ppłk Jan Nowak", "rzecznik prasowy", "tel. 261 555 101"}}, mail.Address{Name: "Rzecznik", Address: "rzecznik@wp.example"}, "Jan Nowak|rzecznik@wp.example|261 555 101"},
		{[][]string{{"Renseignements :", "Jean Dupont, 01 55 55 01 01", "Marie Curie, 01 55 55 01 02"}}, mail.Address{Name: "DGA", Address: "dga@defense.example"}, "Jean Dupont||01 55 55 01 01;Marie Curie||01 55 55 01 02"},
		{[][]string{{"Πληροφορίες:", "Νίκος Αλεξίου, τηλ. 210 555 0101", "Ελένη Παππά, τηλ. 210 555 0102"}}, mail.Address{Name: "ΓΕΕΘΑ", Address: "press@geetha.example"}, "Νίκος Αλεξίου||210 555 0101;Ελένη Παππά||210 555 0102"},
		{[][]string{{"Rückfragen:", "Jana Kühl, Tel. 0471 555 20"}, {"Nordsee Bergung GmbH, Am Hafen 1, 27568 Bremerhaven", "info@nordsee.example"}}, mail.Address{Name: "Nordsee Bergung", Address: "info@nordsee.example"}, "Jana Kühl||0471 555 20"},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		got := show(Contacts(bs, nil))
		if got == "" {
			got = show(PhoneContacts(bs, tc.from))
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// Layouts: labels without colons, the name after its address, a label
// alone, bracketed country codes, table cells, two entries on one line
// (the investors' one is no media contact), a contact over five blocks.
func TestContactLayouts(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Media contact", "Jane Smith | Press Officer", "T +44 20 7946 0100", "E jane.smith@mod.example"}}, "Jane Smith|jane.smith@mod.example|+44 20 7946 0100"},
		{[][]string{{"Contact:", "jane.smith@mod.example (Jane Smith)", "+44 20 7946 0100"}}, "Jane Smith|jane.smith@mod.example|+44 20 7946 0100"},
		{[][]string{{"Press enquiries: press@mod.example"}}, "|press@mod.example|"},
		{[][]string{{"Контакты для СМИ: Пресс-служба, +7 (495) 555-01-01, press@mil.example"}}, "Пресс-служба|press@mil.example|+7 (495) 555-01-01"},
		{[][]string{{"Contacto de prensa: Carmen López (+34) 91 555 01 01 clopez@indra.example"}}, "Carmen López|clopez@indra.example|(+34) 91 555 01 01"},
		{[][]string{{"Contact presse : Sophie Martin +33 (0)6 12 34 56 78 sophie.martin@naval.example"}}, "Sophie Martin|sophie.martin@naval.example|+33 (0)6 12 34 56 78"},
		{[][]string{{"联系人：李明 电话：+86-10-5555-0101 邮箱：liming@avic.example"}}, "李明|liming@avic.example|+86-10-5555-0101"},
		{[][]string{{"Media: Jane Smith, +1 202 555 0100, jane@x.example | Investors: Bob Lee, +1 202 555 0199, bob@x.example"}}, "Jane Smith|jane@x.example|+1 202 555 0100"},
		{[][]string{{"Pressekontakt", "Dr. Maria Huber", "Leiterin Unternehmenskommunikation", "Telefon +49 89 5555 0101", "Mobil +49 171 555 0101", "maria.huber@mtu.example"}}, "Maria Huber|maria.huber@mtu.example|+49 89 5555 0101"},
		{[][]string{{"Kontakt:"}, {"Anna Svensson"}, {"Presschef"}, {"070-555 01 01"}, {"anna.svensson@saab.example"}}, "Anna Svensson|anna.svensson@saab.example|070-555 01 01"},
		{[][]string{{"Media Relations\tJohn Doe\t+1 703 555 0101\tjdoe@gd.example"}}, "John Doe|jdoe@gd.example|+1 703 555 0101"},
		{[][]string{{"Contact: Maj. Sarah Kim, 301-555-0101, sarah.kim.mil@army.example"}}, "Sarah Kim|sarah.kim.mil@army.example|301-555-0101"},
		{[][]string{{"Rückfragehinweis:", "Bundesministerium für Landesverteidigung", "Presse- und Informationsstab", "Tel.: +43 50201 10 20100", "presse@bmlv.example"}}, "Bundesministerium für Landesverteidigung, Presse- und Informationsstab|presse@bmlv.example|+43 50201 10 20100"},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		if got := show(Contacts(bs, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// An organisation's general mailbox in its postal address block is no
// media contact (the contact given by number alone above it is, and
// PhoneContacts reads it); under a heading it is.
func TestGeneralMailbox(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Media: Jane Smith 0400 555 123"}, {"About Acme", "Acme builds sonar for navies in nine countries and employs 400 people in three sites across Australia and New Zealand."}, {"Acme Pty Ltd | 1 Harbour Road, Sydney | info@acme.example | www.acme.example"}}, ""},
		{[][]string{{"Pressekontakt: Jana Kühl, Tel. 0471 555 20"}, {"Nordsee Bergung GmbH, Am Hafen 1, 27568 Bremerhaven", "info@nordsee.example, www.nordsee.example"}}, ""},
		{[][]string{{"Contact: Jane Smith, 0400 555 123"}, {"Acme Ltd", "1 Harbour Road", "Sydney NSW 2000", "T: 02 5555 0100", "E: reception@acme.example"}}, ""},
		{[][]string{{"Informations :", "Service de communication", "+41 31 555 01 01", "info@armasuisse.example"}}, "Service de communication|info@armasuisse.example|+41 31 555 01 01"},
		{[][]string{{"Πληροφορίες: Νίκος Αλεξίου, +30 210 555 0101, info@ekpa.example"}}, "Νίκος Αλεξίου|info@ekpa.example|+30 210 555 0101"},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		if got := show(Contacts(bs, nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// The contact readers take any text without panicking: spelt addresses
// across lines, brackets, scripts and stray separators.
func FuzzContacts(f *testing.F) {
	for _, s := range []string{
		"Ufficio Stampa: tel. 081 555 4412 - stampa (at)\nquestura.example",
		"【本件に関する問い合わせ先】防衛装備庁 広報室 電話 03-5555-8810",
		"Lisätietoja:\n\ntoimitusjohtaja Mikko Salonen, puh. 040 555 0182",
		"Media: Jane Smith, +1 202 555 0100, jane@x.example | Investors: Bob Lee, bob@x.example",
		"मीडिया संपर्क: जनसंपर्क निदेशालय, फोन: 011-2555 0412",
	} {
		f.Add(s, "CCOMSEx", "pr@x.example")
	}
	f.Fuzz(func(t *testing.T, text, name, addr string) {
		var bs []block.Block
		for _, para := range strings.Split(text, "\n\n") {
			if lines := strings.Split(para, "\n"); len(lines) > 0 && para != "" {
				bs = append(bs, block.Block{Lines: lines})
			}
		}
		from := mail.Address{Name: name, Address: addr}
		SenderEntry(Contacts(ContactTrailer(bs[:len(bs)/2], bs[len(bs)/2:]), nil), bs, from)
		PhoneContacts(bs, from)
		Signatory(bs, from)
	})
}

// Prose and capitals lines that only look like a spelt address stay as
// they are; the spelt addresses next to them are still read.
func TestUnspellLeavesProse(t *testing.T) {
	for in, want := range map[string]string{
		"We are at this point in time ready to deliver.":       "We are at this point in time ready to deliver.",
		"The crew looked at the point where the hull was hit.": "The crew looked at the point where the hull was hit.",
		"ARRIVING AT RAF.NORTHOLT ON TUESDAY":                  "ARRIVING AT RAF.NORTHOLT ON TUESDAY",
		"press at navy dot example dot mil":                    "press@navy.example.mil",
		"press AT navy.example":                                "press@navy.example",
		"prensa (arroba) defensa.example":                      "prensa@defensa.example",
	} {
		if got := unspell(in); got != want {
			t.Errorf("unspell(%q) = %q, want %q", in, got, want)
		}
	}
}

// A short sentence that names the contact, as a body's last paragraph
// the labeller kept (a script wrapped it over two lines), goes to the
// trailer and is read: phrasings of no corpus case, with "reach" and
// French "joindre" among the cues.
func TestShortContactSentenceEndsBody(t *testing.T) {
	body := block.Block{Lines: []string{"The new ferry enters service on the Islay route in May, the operator said."}}
	for _, tc := range []struct{ lines, want string }{
		{"Reporters can reach Moira Baird at moira.baird@clydeferries.example\nor 0141 496 0318.", "Moira Baird|moira.baird@clydeferries.example|0141 496 0318"},
		{"Ewan Todd can be reached on 0141 496 0377 or at\newan.todd@clydeferries.example.", "Ewan Todd|ewan.todd@clydeferries.example|0141 496 0377"},
		{"Les journalistes peuvent joindre Hélène Marchal au 02 98 55 41 20\nou à helene.marchal@ferries.example.", "Hélène Marchal|helene.marchal@ferries.example|02 98 55 41 20"},
		// "reached" of a place is no cue: the number is a bus company's.
		{"The pier can be reached by bus 9; the operator, Island Coaches,\nanswers on 0141 496 0999.", ""},
	} {
		last := block.Block{Lines: strings.Split(tc.lines, "\n")}
		if got := show(Contacts(ContactTrailer([]block.Block{body, last}, nil), nil)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestRankAbbreviations: the short forms of ranks that military and police
// press officers sign with stay out of the contact's name (our own
// phrasings; Irish, Indian, British, Canadian and US forms).
func TestRankAbbreviations(t *testing.T) {
	for _, line := range []string{
		"Media contact: Comdt Aoife Byrne, 087 555 0199",
		"Media contact: Cmdt Aoife Byrne, 087 555 0199",
		"Media contact: Cmdr Aoife Byrne, 087 555 0199",
		"Media contact: Cdre Aoife Byrne, 087 555 0199",
		"Media contact: Gp Capt Aoife Byrne, 087 555 0199",
		"Media contact: Supt Aoife Byrne, 087 555 0199",
		"Media contact: Det Insp Aoife Byrne, 087 555 0199",
		"Media contact: Adm Aoife Byrne, 087 555 0199",
		"Media contact: Aoife Byrne, 087 555 0199",
	} {
		from := mail.Address{Name: "Defence Forces Press Office", Address: "press@military.example"}
		if got := show(PhoneContacts([]block.Block{{Lines: []string{line}}}, from)); got != "Aoife Byrne||087 555 0199" {
			t.Errorf("%q: got %q", line, got)
		}
	}
}
