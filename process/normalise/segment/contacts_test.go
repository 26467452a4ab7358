package segment

import (
	"net/mail"
	"strings"
	"testing"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
)

// Contact blocks written for this test, one per way of writing them, in
// several languages and scripts; not taken from any corpus case.
func TestContactsByStructure(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks [][]string
		want   string // "name|email|phone;…", empty parts for null
	}{
		{"each address takes its own line's name", [][]string{{"Further details:", "Piet Smit, CFO, tel. +31 20 555 0101", "Press: Eva Kuiper, tel. +31 20 555 0102, eva.kuiper@dijk.example"}},
			"Eva Kuiper|eva.kuiper@dijk.example|+31 20 555 0102;Piet Smit||+31 20 555 0101"},
		{"name and phone above an address line", [][]string{{"Yhteydet:", "viestintäjohtaja Liisa Rantala, puh. 040 555 7788", "viestinta@satama.example"}},
			"Liisa Rantala|viestinta@satama.example|040 555 7788"},
		{"labelled phone with no trunk zero", [][]string{{"Oficina de Comunicación", "Teléfono: 93 555 12 34", "comunicacion@puerto.example"}},
			"Oficina de Comunicación|comunicacion@puerto.example|93 555 12 34"},
		{"bare grouped number between dashes", [][]string{{"Jonas Berg – 40 55 66 77 – jonas.berg@kyst.example"}},
			"Jonas Berg|jonas.berg@kyst.example|40 55 66 77"},
		{"particle in a surname", [][]string{{"Contact: Joost van den Broek, +31 10 555 0120, joost@haven.example"}},
			"Joost van den Broek|joost@haven.example|+31 10 555 0120"},
		{"Korean unit and title around the name", [][]string{{"문의: 홍보팀 김하늘 과장 (031-555-1234) media@hanbit.example"}},
			"김하늘|media@hanbit.example|031-555-1234"},
		{"Japanese company, office and name", [][]string{{"株式会社ミナト工機　広報室　田中 花子", "TEL：06-5555-0000", "E-mail：pr@minato.example"}},
			"田中 花子|pr@minato.example|06-5555-0000"},
		{"Cyrillic office label then a person", [][]string{{"Пресс-служба АОДС", "Ирина Волкова", "+7 812 555 10 10", "press@aods.example"}},
			"Ирина Волкова|press@aods.example|+7 812 555 10 10"},
		{"investor relations is no media contact", [][]string{{"Media: Carla Rossi, +39 02 555 0101, media@navi.example"}, {"Investor Relations: ir@navi.example"}},
			"Carla Rossi|media@navi.example|+39 02 555 0101"},
		{"investor and media together is a media contact", [][]string{{"Investor and Press Relations: Lars Holm, +46 8 555 0101, lars.holm@varv.example"}},
			"Lars Holm|lars.holm@varv.example|+46 8 555 0101"},
		{"media entry above an investor entry", [][]string{{"Media", "Anna Lind – +46 8 555 0102 – media@varv.example", "Investor Relations", "ir@varv.example"}},
			"Anna Lind|media@varv.example|+46 8 555 0102"},
		{"Arabic name of two words", [][]string{{"للتواصل مع وسائل الإعلام:", "سارة الحربي", "هاتف: +966 11 555 0100", "media@marsa.example"}},
			"سارة الحربي|media@marsa.example|+966 11 555 0100"},
		{"Arabic investor line under the media contact", [][]string{{"للتواصل الإعلامي:", "سارة الحربي", "هاتف: +966 11 555 0100", "البريد الإلكتروني: media@marsa.example", "علاقات المستثمرين: ir@marsa.example"}},
			"سارة الحربي|media@marsa.example|+966 11 555 0100"},
		{"Turkish investor line under the press contact", [][]string{{"Basın iletişimi: Ayşe Demir, +90 312 555 0100, basin@deniz.example"}, {"Yatırımcı ilişkileri: yatirimci@deniz.example"}},
			"Ayşe Demir|basin@deniz.example|+90 312 555 0100"},
		{"an office in words no list holds", [][]string{{"Biroul de presă al ANRP", "Tel.: 021 555 7000", "presa@anrp.example"}},
			"Biroul de presă al ANRP|presa@anrp.example|021 555 7000"},
		{"a listed office beats an earlier unknown part", [][]string{{"Out of hours", "Harbour Press Office", "0161 555 0100", "press@harbour.example"}},
			"Harbour Press Office|press@harbour.example|0161 555 0100"},
		{"issued by is not a name", [][]string{{"Issued by Harbour Police Press Office, 0161 555 0199, press@harbourpolice.example"}},
			"Harbour Police Press Office|press@harbourpolice.example|0161 555 0199"},
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

// Contacts without an address and without a contact heading.
func TestPhoneContactsWithoutHeading(t *testing.T) {
	for _, tc := range []struct {
		lines  []string
		sender string
		want   string
	}{
		{[]string{"Presse: Mia Roth 0711 555 2020"}, "mia.roth@amt.example", "Mia Roth|mia.roth@amt.example|0711 555 2020"},
		{[]string{"דוברות: 052-5554321"}, "dover@hatzala.example", "דוברות|dover@hatzala.example|052-5554321"},
		{[]string{"Cdr(N) Paul Lemaire", "Public Affairs Officer", "613-555-0177"}, "pa@navy.example", "Paul Lemaire||613-555-0177"},
		{[]string{"Baltic Rescue Association", "+371 6755 0118"}, "info@baltic-rescue.example", "Baltic Rescue Association|info@baltic-rescue.example|+371 6755 0118"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, mail.Address{Address: tc.sender})); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

func show(cs []draft.Contact) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.String())
	}
	return strings.Join(out, ";")
}

// About headings in the desk's languages, and what is no such heading.
func TestAboutHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"About Harbour Dynamics", true},
		{"Über die Nordwerft", true},
		{"Sobre a Marinha", true},
		{"O firmie", true},
		{"O Stoczni Północnej", true},
		{"Про компанію", true},
		{"За нас", true},
		{"Σχετικά με την εταιρεία", true},
		{"关于海洋研究所", true},
		{"نبذة عن المعهد", true},
		{"אודות החברה", true},
		{"Şirket Hakkında", true},
		{"研究所について", true},
		{"O Exército recebe novos blindados em Santa Maria", false},
		{"O Ministro da Defesa Nacional", false},
		{"O Governo aprovou", false},
		{"За первый квартал", false},
		{"Об этом сообщил", false},
		{"Operations update", false},
	} {
		if got := AboutRE.MatchString(tc.line); got != tc.want {
			t.Errorf("AboutRE(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
