package segment

import (
	"net/mail"
	"testing"

	"newsdesk/process/normalise/block"
)

// Contact layouts seen in real releases across languages and mail
// clients, written for this test (no corpus case holds these words): a
// signature block, a vCard-like block, an address spelt to fool
// harvesters, contacts side by side, numbers of many countries with
// extensions.
func TestContactForms(t *testing.T) {
	for _, tc := range []struct {
		name   string
		blocks [][]string
		want   string // "name|email|phone;…", empty parts for null
	}{
		{"address spelt with [at]", [][]string{{"Press contact:", "Ilse Vandamme", "ilse.vandamme [at] havenbedrijf.eu", "+32 3 555 01 20"}},
			"Ilse Vandamme|ilse.vandamme@havenbedrijf.eu|+32 3 555 01 20"},
		{"address spelt with (at) and (punkt)", [][]string{{"Pressekontakt: Jörg Albers, Tel. 040 555 3344, presse(at)hafenamt(punkt)de"}},
			"Jörg Albers|presse@hafenamt.de|040 555 3344"},
		{"vCard-like block", [][]string{{"FN: Marta Oliveira", "ORG: Porto de Sines", "TEL: +351 269 555 010", "EMAIL: imprensa@portodesines.example"}},
			"Marta Oliveira|imprensa@portodesines.example|+351 269 555 010"},
		{"signature block under a sign-off", [][]string{{"Best regards,"}, {"Fiona Gallagher", "Communications Manager", "Shannon Ferry Company", "M: +353 87 555 4412", "E: fiona.gallagher@shannonferry.example"}},
			"Fiona Gallagher|fiona.gallagher@shannonferry.example|+353 87 555 4412"},
		{"two contacts side by side", [][]string{{"Media contacts:", "Nils Ek | +46 31 555 0101 | nils.ek@varvet.example", "Åsa Lund | +46 31 555 0102 | asa.lund@varvet.example"}},
			"Nils Ek|nils.ek@varvet.example|+46 31 555 0101;Åsa Lund|asa.lund@varvet.example|+46 31 555 0102"},
		{"US number with an extension", [][]string{{"Contact: Dana Whitfield", "(503) 555-0148 ext. 212", "dwhitfield@riverport.example"}},
			"Dana Whitfield|dwhitfield@riverport.example|(503) 555-0148"},
		{"Indian mobile number", [][]string{{"For media queries: Rohit Sharma, +91 98200 55512, rohit.sharma@portcorp.example"}},
			"Rohit Sharma|rohit.sharma@portcorp.example|+91 98200 55512"},
		{"French number in pairs", [][]string{{"Contact presse : Claire Dubois – 06 55 12 34 56 – claire.dubois@ports.example"}},
			"Claire Dubois|claire.dubois@ports.example|06 55 12 34 56"},
		{"press office and a person", [][]string{{"Press Office, Tasman Harbour Board", "Hemi Walker, +64 4 555 0190, hemi.walker@tasmanharbour.example"}},
			"Hemi Walker|hemi.walker@tasmanharbour.example|+64 4 555 0190"},
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

// The sender's mailbox goes to a contact with no address when the
// sender is that contact, or an office mailbox in any language.
func TestPhoneContactSender(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"Kontakt pro média: Tiskové středisko, tel. +420 222 555 100"}, mail.Address{Name: "Tiskové středisko", Address: "stredisko@mesto.example"},
			"Tiskové středisko|stredisko@mesto.example|+420 222 555 100"},
		{[]string{"Kontakt: Biuro prasowe, tel. 22 555 01 01"}, mail.Address{Name: "Urząd Morski", Address: "prasa@um.example"},
			"Biuro prasowe|prasa@um.example|22 555 01 01"},
		{[]string{"Media: Zoe Tran 0400 555 321"}, mail.Address{Name: "Harbour Institute", Address: "media@hi.example"},
			"Zoe Tran||0400 555 321"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}
