package segment

import (
	"net/mail"
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
		// entries by number alone
		{"a person by number alone in a block under a heading", [][]string{{"Further information:"}, {"Chief Executive Tom Reid, tel. 0131 555 0100"}, {"Communications Manager Ann Lowe, 0131 555 0101, ann.lowe@harbour.example"}},
			"Tom Reid||0131 555 0100;Ann Lowe|ann.lowe@harbour.example|0131 555 0101"},
		{"a name block over the address block is one contact", [][]string{{"Media contact:"}, {"Ruth Kane, +44 20 5555 0199"}, {"ruth.kane@inst.example"}},
			"Ruth Kane|ruth.kane@inst.example|+44 20 5555 0199"},
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
