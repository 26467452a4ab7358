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
// extensions; and classes of entry: an office named with its
// organisation, a label that is the office's name, an organisation whose
// words spell the address's domain, an academic title, a list with a
// number-only entry, addresses given for other purposes, footers.
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
			"Dana Whitfield|dwhitfield@riverport.example|(503) 555-0148 ext. 212"},
		{"Indian mobile number", [][]string{{"For media queries: Rohit Sharma, +91 98200 55512, rohit.sharma@portcorp.example"}},
			"Rohit Sharma|rohit.sharma@portcorp.example|+91 98200 55512"},
		{"French number in pairs", [][]string{{"Contact presse : Claire Dubois – 06 55 12 34 56 – claire.dubois@ports.example"}},
			"Claire Dubois|claire.dubois@ports.example|06 55 12 34 56"},
		{"two grouped numbers without a trunk zero", [][]string{{"Contacto de prensa:", "Gabinete de Comunicación del Puerto", "93 555 01 01 / 93 555 01 02", "prensa@puerto-bcn.example"}},
			"Gabinete de Comunicación del Puerto|prensa@puerto-bcn.example|93 555 01 01"},
		{"press office and a person", [][]string{{"Press Office, Tasman Harbour Board", "Hemi Walker, +64 4 555 0190, hemi.walker@tasmanharbour.example"}},
			"Hemi Walker|hemi.walker@tasmanharbour.example|+64 4 555 0190"},
		{"office, then its organisation", [][]string{{"Public Affairs Office, Port of Tallinn", "Tel: +372 555 0140", "pa@porttallinn.example"}},
			"Public Affairs Office, Port of Tallinn|pa@porttallinn.example|+372 555 0140"},
		{"organisation, then its office", [][]string{{"Kontakt:", "Landeskommando Tirol, Öffentlichkeitsarbeit", "+43 512 555 100", "presse@lkt.example"}},
			"Landeskommando Tirol, Öffentlichkeitsarbeit|presse@lkt.example|+43 512 555 100"},
		{"office up to a column, not the street", [][]string{{"Coastguard Press Office | Harbour Road, Dover", "01304 555 200", "press@cg.example"}},
			"Coastguard Press Office|press@cg.example|01304 555 200"},
		{"office's name starting as a label", [][]string{{"Ufficio Stampa Aeronautica Militare Bari, tel. 080 555 1100, stampa.bari@am.example"}},
			"Ufficio Stampa Aeronautica Militare Bari|stampa.bari@am.example|080 555 1100"},
		{"a label that is the only name", [][]string{{"Press Office", "+44 29 5555 0100", "press@dragonmarine.example"}},
			"Press Office|press@dragonmarine.example|+44 29 5555 0100"},
		{"an office before its colon", [][]string{{"Harbour Police Media Unit: media@hpolice.example, 0161 555 0100"}},
			"Harbour Police Media Unit|media@hpolice.example|0161 555 0100"},
		{"organisation spelling the domain, then the person", [][]string{{"Kontakt:", "Nordsee Bergung", "Dr. Jana Kühl", "Pressereferentin", "+49 471 555 20", "presse@nordseebergung.example"}},
			"Jana Kühl|presse@nordseebergung.example|+49 471 555 20"},
		{"academic title before a name", [][]string{{"Rückfragen: Mag. Eva Huber, +43 1 555 0100, presse@heer.example"}},
			"Eva Huber|presse@heer.example|+43 1 555 0100"},
		{"list under a media heading", [][]string{{"Media contacts:", "Minister's office: Paul Rees 0412 555 001", "Department media: media@dept.example 02 5555 0100"}},
			"Department media|media@dept.example|02 5555 0100;Paul Rees||0412 555 001"},
		{"every person under further information is an entry", [][]string{{"Further information:", "Ole Dahl, CEO, +47 900 55 001", "Press: Kari Nes, +47 900 55 002, kari.nes@fjord.example"}},
			"Kari Nes|kari.nes@fjord.example|+47 900 55 002;Ole Dahl||+47 900 55 001"},
		{"unsubscribe line under the contact", [][]string{{"Media contact: Ruth Kane, ruth.kane@inst.example"}, {"Institute | 12 Main Street", "Unsubscribe editor@paper.example | Update Profile"}},
			"Ruth Kane|ruth.kane@inst.example|"},
		{"name, number, then the address on its own line", [][]string{{"お問い合わせ先", "広報部 山本 さくら", "電話：092-555-0101", "koho@kaisha.example"}},
			"山本 さくら|koho@kaisha.example|092-555-0101"},
		{"Nordic block with the address last", [][]string{{"Lisätietoja:", "viestintäpäällikkö Mikko Laine", "puh. 0295 555 010", "mikko.laine@raja.example"}},
			"Mikko Laine|mikko.laine@raja.example|0295 555 010"},
		{"one line in Spanish", [][]string{{"Contacto de prensa: Marta Ruiz, 91 555 20 30, mruiz@puerto.example"}},
			"Marta Ruiz|mruiz@puerto.example|91 555 20 30"},
		{"a contact written as a sentence", [][]string{{"For media enquiries please contact Owen Hale on 029 2055 0100 or email owen.hale@cardiffport.example."}},
			"Owen Hale|owen.hale@cardiffport.example|029 2055 0100"},
		{"an office's name opening like a label", [][]string{{"Contatti stampa:", "Ufficio Stampa Fincantieri Muggiano", "Tel. +39 0187 555 100", "stampa@muggiano.example"}},
			"Ufficio Stampa Fincantieri Muggiano|stampa@muggiano.example|+39 0187 555 100"},
		{"a note after the number", [][]string{{"Press desk: 0300 555 0100 (24 hours)", "Email: desk@coastwatch.example"}},
			"Press desk|desk@coastwatch.example|0300 555 0100"},
		{"a capitalised role before the name", [][]string{{"Lisätietoja:", "Tiedottaja Anni Salo, puh. 050 555 0199, anni.salo@satama.example"}},
			"Anni Salo|anni.salo@satama.example|050 555 0199"},
		{"Thai phone label ends the name", [][]string{{"ติดต่อสื่อมวลชน: วิไล สุขสม โทร 02 555 0199 อีเมล wilai@navy-th.example"}},
			"วิไล สุขสม|wilai@navy-th.example|02 555 0199"},
		{"a person row, then an office row", [][]string{{"Media contacts", "Ian Marsh | Communications Manager | +44 7700 900 222 | ian.marsh@dockyard.example", "Press Office | +44 1752 555 000 | press@dockyard.example"}},
			"Ian Marsh|ian.marsh@dockyard.example|+44 7700 900 222;Press Office|press@dockyard.example|+44 1752 555 000"},
		{"an address for pictures is no contact", [][]string{{"Media contact: Lea Moser, lea.moser@alpenwerk.example"}, {"Pressebilder: bilder@alpenwerk.example"}},
			"Lea Moser|lea.moser@alpenwerk.example|"},
		{"an address for accreditation is no contact", [][]string{{"Press: Karl Dunn, +44 1224 555 010, karl.dunn@northsea.example"}, {"To attend, register by 4 May at events@northsea.example"}},
			"Karl Dunn|karl.dunn@northsea.example|+44 1224 555 010"},
		{"a mailing's own notice is no contact", [][]string{{"Contact: Noor Amin, noor.amin@gulfport.example"}, {"This message was sent to editor@paper.example by mailer@gulfport.example", "Gulfport Authority, Pier 4"}},
			"Noor Amin|noor.amin@gulfport.example|"},
		{"an office's address, then a person's number below it", [][]string{{"Kontakty pro média:", "Tiskové oddělení: tisk@lodenice.example, +420 555 100 200", "Kancelář ředitele: Jana Malá +420 603 555 111"}},
			"Tiskové oddělení|tisk@lodenice.example|+420 555 100 200;Jana Malá||+420 603 555 111"},
		{"an organisation over its press office", [][]string{{"Rückfragen:", "Landespolizeidirektion Nord", "Pressestelle", "Tel. 0431 555 2020", "presse.lpd-nord@polizei.example"}},
			"Landespolizeidirektion Nord, Pressestelle|presse.lpd-nord@polizei.example|0431 555 2020"},
		{"address spelt with bare AT and DOT", [][]string{{"Media contact: Tom Baker, press AT navalyard DOT example, +33 1 55 55 00 00"}},
			"Tom Baker|press@navalyard.example|+33 1 55 55 00 00"},
		{"address with a bare AT in capitals", [][]string{{"Contact: Ana Pires – ana.pires AT estaleiro.example – +351 21 555 0100"}},
			"Ana Pires|ana.pires@estaleiro.example|+351 21 555 0100"},
		{"a time after AT is no address", [][]string{{"PRESS BRIEFING AT 10.30 IN ROOM 4", "Contact: Ana Pires, ana.pires@estaleiro.example"}},
			"Ana Pires|ana.pires@estaleiro.example|"},
		{"a contact in the last sentence of an About paragraph", [][]string{{"Harbour Dynamics builds sonar and autonomous vessels for navies and coast guards in twelve countries and employs some 900 people at three sites in Scotland and Norway. For media enquiries contact Ilona Berg, +47 22 55 01 00, ilona.berg@hdyn.example."}},
			"Ilona Berg|ilona.berg@hdyn.example|+47 22 55 01 00"},
		{"prose giving an address for accreditation is no contact", [][]string{{"The ceremony takes place at the naval base on Friday and is open to the media, with transport from the main gate at nine. Journalists who wish to attend should contact events@navybase.example to register by Wednesday."}},
			""},
		{"an office before a phone label in Cyrillic", [][]string{{"Контакти для медіа:", "Відділ комунікації флоту, тел. +380 48 555 01 02", "flot@mou.example"}},
			"Відділ комунікації флоту|flot@mou.example|+380 48 555 01 02"},
		{"an office before a phone label in Greek", [][]string{{"Πληροφορίες:", "Γραφείο Ενημέρωσης Λιμένα, Τηλ. +30 210 555 0101, limenas@ports.example"}},
			"Γραφείο Ενημέρωσης Λιμένα|limenas@ports.example|+30 210 555 0101"},
		{"Korean label with a person", [][]string{{"언론 문의: 홍보실 이서준 (02-555-0111, press@bada.example)"}},
			"이서준|press@bada.example|02-555-0111"},
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
// sender is that contact: the same office in any language, a person the
// address spells, or a person writing from their role's mailbox; not a
// press mailbox answering for another office or for a person it lists.
func TestPhoneContactSender(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"Kontakt pro média: Tiskové středisko, tel. +420 222 555 100"}, mail.Address{Name: "Tiskové středisko", Address: "stredisko@mesto.example"},
			"Tiskové středisko|stredisko@mesto.example|+420 222 555 100"},
		{[]string{"Kontakt: Biuro prasowe, tel. 22 555 01 01"}, mail.Address{Name: "Biuro Prasowe Urzędu Morskiego", Address: "prasa@um.example"},
			"Biuro prasowe|prasa@um.example|22 555 01 01"},
		{[]string{"Kontakt: Biuro prasowe, tel. 22 555 01 01"}, mail.Address{Name: "Rzecznik Urzędu", Address: "rzecznik@um.example"},
			"Biuro prasowe||22 555 01 01"},
		{[]string{"Media enquiries: Port Authority Press Desk, +64 9 555 0110"}, mail.Address{Name: "Port Authority", Address: "news@port.example"},
			"Port Authority Press Desk|news@port.example|+64 9 555 0110"},
		{[]string{"Ufficio stampa Capitaneria di Porto – tel. 081 555 0123"}, mail.Address{Name: "Comando Generale", Address: "stampa@cg.example"},
			"Ufficio stampa Capitaneria di Porto||081 555 0123"},
		{[]string{"Kontakt: Birgit Olsen, pressesekretær, +45 33 55 01 02"}, mail.Address{Name: "Havnens pressesekretær", Address: "presse@havn.example"},
			"Birgit Olsen|presse@havn.example|+45 33 55 01 02"},
		{[]string{"Contact: Ewan Reid, secretary, 0131 555 0199"}, mail.Address{Name: "Harbour Club", Address: "secretary@harbourclub.example"},
			"Ewan Reid|secretary@harbourclub.example|0131 555 0199"},
		{[]string{"Perscontact:", "Woordvoerder Marine, Joost Bakker", "06 555 01 99"}, mail.Address{Name: "Marine", Address: "pers@marine.example"},
			"Joost Bakker||06 555 01 99"},
		{[]string{"For further details please contact the Press Office on 01632 555 0199."}, mail.Address{Name: "Press Office", Address: "press@lifeboats.example"},
			"Press Office|press@lifeboats.example|01632 555 0199"},
		{[]string{"Pressevakt Kystverket: 55 55 01 23"}, mail.Address{Name: "Kystverket", Address: "presse@kyst.example"},
			"Pressevakt Kystverket|presse@kyst.example|55 55 01 23"},
		{[]string{"Media: Zoe Tran 0400 555 321"}, mail.Address{Name: "Harbour Institute", Address: "media@hi.example"},
			"Zoe Tran||0400 555 321"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// A release signed at its foot by its spokesperson gives that person as
// the contact; other signatures do not.
func TestSignatory(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		from   mail.Address
		want   string
	}{
		{[][]string{{"--"}, {"Katrin Vogel", "Pressesprecherin"}}, mail.Address{Name: "Polizei Pressesprecherin", Address: "presse@polizei.example"},
			"Katrin Vogel|presse@polizei.example|"},
		{[][]string{{"ADEBAYO OKAFOR", "Group Captain", "Director of Public Relations", "3 March 2025"}}, mail.Address{Name: "Air Force HQ", Address: "hq@af.example"},
			"Adebayo Okafor||"},
		{[][]string{{"Luis Ortega", "Portavoz, Salvamento Marítimo"}}, mail.Address{Address: "prensa@salvamento.example"},
			"Luis Ortega||"},
		{[][]string{{"Woordvoerder Kustwacht", "Sanne Bos"}}, mail.Address{Address: "pers@kustwacht.example"}, ""},
		{[][]string{{"Megan Price", "Communications, Harbour Board"}}, mail.Address{Name: "Megan Price", Address: "megan.price@hb.example"}, ""},
		{[][]string{{"--", "City Police Press Office", "Sent from my phone"}}, mail.Address{Address: "press@police.example"}, ""},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		if got := show(Signatory(bs, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}
