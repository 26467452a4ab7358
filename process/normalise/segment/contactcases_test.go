package segment

import (
	"net/mail"
	"strings"
	"testing"

	"newsdesk/process/normalise/block"
)

// contactsOf reads the contacts of blocks given as their lines.
func contactsOf(blocks [][]string) string {
	var bs []block.Block
	for _, lines := range blocks {
		bs = append(bs, block.Block{Lines: lines})
	}
	return show(Contacts(bs, nil))
}

// TestInformationHeadingWithVerb: "for more information, contact:" in
// the desk's languages heads the entries below it, also those by number
// alone (our own phrasings).
func TestInformationHeadingWithVerb(t *testing.T) {
	for _, heading := range []string{
		"For more information, please contact:",
		"För ytterligare information, kontakta:",
		"Für weitere Informationen wenden Sie sich an:",
		"Pour plus d'informations, contactez :",
		"Para más información, contacte:",
		"Per maggiori informazioni contattare:",
		"Voor meer informatie, neem contact op met:",
		"For yderligere oplysninger, kontakt:",
	} {
		got := contactsOf([][]string{{heading}, {"Lena Moor, 0301 555 210"}, {"Tom Vik, 0301 555 211, tom.vik@yard.example"}})
		if want := "Lena Moor||0301 555 210;Tom Vik|tom.vik@yard.example|0301 555 211"; got != want {
			t.Errorf("%q: got %q, want %q", heading, got, want)
		}
	}
}

// TestOrganisationsOfficerFirst: "<organisation>'s press officer, <rank>
// <name>", as the Nordic languages write it, names the person after the
// role, not the organisation before it (our own phrasings).
func TestOrganisationsOfficerFirst(t *testing.T) {
	for _, line := range []string{
		"Hjemmeværnets presseofficer, major Lise Dahl, tlf. 72 55 01 02",
		"Flygvapnets presschef, överstelöjtnant Lise Dahl, tel. 72 55 01 02",
		"Landeskommandos Sprecherin, Oberstleutnant Lise Dahl, Tel. 72 55 01 02",
		"Kystvaktens pressetalsmann, orlogskaptein Lise Dahl, tlf. 72 55 01 02",
	} {
		got := contactsOf([][]string{{"Yderligere oplysninger:", line}})
		if want := "Lise Dahl||72 55 01 02"; got != want {
			t.Errorf("%q: got %q, want %q", line, got, want)
		}
	}
}

// TestLocalAuthorityOverPerson: a town or county named over its press
// officer is the organisation, not a person (our own phrasings).
func TestLocalAuthorityOverPerson(t *testing.T) {
	for _, office := range []string{"Stadt Linz, Presseamt", "Gemeinde Kaprun", "Comune di Lecce", "Ville de Namur", "Gmina Wieliczka", "Kent County Council", "Landkreis Ebersberg"} {
		got := contactsOf([][]string{{"Rückfragehinweis:", office, "Mag. Petra Holzer", "Tel.: +43 732 555 2210", "petra.holzer@amt.example"}})
		if want := "Petra Holzer|petra.holzer@amt.example|+43 732 555 2210"; got != want {
			t.Errorf("%q: got %q, want %q", office, got, want)
		}
	}
}

// TestRanksAndTitlesInScripts: ranks and courtesy titles before a name in
// the desk's languages and scripts, and titles after a Chinese name, stay
// out of the contact's name (our own phrasings).
func TestRanksAndTitlesInScripts(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Pressekontakt: Oberleutnant zur See Nina Brandt, Tel. 0431 555 0101", "Nina Brandt"},
		{"Pressekontakt: Kapitänleutnant Nina Brandt, Tel. 0431 555 0101", "Nina Brandt"},
		{"Perscontact: Luitenant-kolonel Nina Brandt, 0431 555 0101", "Nina Brandt"},
		{"Media contact: Cst. Nina Brandt, 0431 555 0101", "Nina Brandt"},
		{"Liên hệ: Thượng tá Lê Minh Châu, 0431 555 0101", "Lê Minh Châu"},
		{"Narahubung: Kolonel Inf Bayu Wicaksono, 0431 555 0101", "Bayu Wicaksono"},
		{"मीडिया संपर्क: ब्रिगेडियर अनिल मेहता, 0431 555 0101", "अनिल मेहता"},
		{"للاستفسارات: العقيد خالد الزعبي، 0431 555 0101", "خالد الزعبي"},
		{"للاستفسارات: د. ليلى منصور، 0431 555 0101", "ليلى منصور"},
		{"媒体联系人：刘洋 先生，电话：0431 555 0101", "刘洋"},
		{"新聞聯絡人：林美玲 主任，電話：0431 555 0101", "林美玲"},
	} {
		got := contactsOf([][]string{{tc.line, "press@navy.example"}})
		if want := tc.want + "|press@navy.example|0431 555 0101"; got != want {
			t.Errorf("%q: got %q, want %q", tc.line, got, want)
		}
	}
}

// TestSharedAddress: people listed each with a number of their own, or
// joined on one line over one number, above an address that names no
// one, share it; a role or an office under a name is no second person,
// and a person's own address is not shared (our own phrasings).
func TestSharedAddress(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Ufficio Relazioni Esterne", "Comune di Parma", "Cap. Lucia Verdi – cell. 339 555 0101", "Magg. Paolo Neri – cell. 339 555 0102", "e-mail: relazioni@comune.example"}},
			"Lucia Verdi|relazioni@comune.example|339 555 0101;Paolo Neri|relazioni@comune.example|339 555 0102"},
		{[][]string{{"Kontak media:", "Rina Wulandari (Kepala Komunikasi) – 0812-5555-0101", "Andi Saputra (Staf Komunikasi) – 0813-5555-0102", "Email: komunikasi@galangan.example"}},
			"Rina Wulandari|komunikasi@galangan.example|0812-5555-0101;Andi Saputra|komunikasi@galangan.example|0813-5555-0102"},
		{[][]string{{"Press: Tom Hale and Mia Ward, +44 20 5555 0101, press@yard.example"}},
			"Tom Hale|press@yard.example|+44 20 5555 0101;Mia Ward|press@yard.example|+44 20 5555 0101"},
		{[][]string{{"Contacto de prensa:", "Pilar Mora / Diego Sanz", "Tel.: 93 555 01 01", "prensa@astillero.example"}},
			"Pilar Mora|prensa@astillero.example|93 555 01 01;Diego Sanz|prensa@astillero.example|93 555 01 01"},
		{[][]string{{"Pressekontakt:", "Jana Wolf +49 40 5555 0101 – Ben Krüger +49 171 555 0102", "presse@werft.example"}},
			"Jana Wolf|presse@werft.example|+49 40 5555 0101;Ben Krüger|presse@werft.example|+49 171 555 0102"},
		{[][]string{{"Media contact:", "Sara Nasser", "Communications Director", "Tel: +971 4 555 0101", "media@port.example"}},
			"Sara Nasser|media@port.example|+971 4 555 0101"},
		{[][]string{{"Media contact:", "Oren Levi, Tel +972 3 555 0101", "Dana Cohen, Tel +972 3 555 0102, oren.levi@firm.example"}},
			"Dana Cohen|oren.levi@firm.example|+972 3 555 0102;Oren Levi||+972 3 555 0101"},
	} {
		if got := contactsOf(tc.blocks); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// TestBrazilianMobile: a Brazilian mobile's ninth digit, written apart,
// is part of the number.
func TestBrazilianMobile(t *testing.T) {
	got := contactsOf([][]string{{"Contato: Ana Lima | (21) 9 5555-0101 | ana.lima@estaleiro.example"}})
	if want := "Ana Lima|ana.lima@estaleiro.example|(21) 9 5555-0101"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSwitchboardIsNoContact: a switchboard's number answers for the
// whole organisation: no contact by it alone, and not a contact's first
// number (our own phrasings).
func TestSwitchboardIsNoContact(t *testing.T) {
	from := mail.Address{Name: "Harbour Board", Address: "news@harbour.example"}
	for _, lines := range [][]string{
		{"Issued by:", "Harbour Board", "Switchboard: +44 131 555 0000"},
		{"Hafenbehörde Kiel", "Zentrale: 0431 555 0000"},
		{"Marinen | Box 12 | 107 85 Stockholm | Växel: 08-555 100 00"},
		{"Deniz Kuvvetleri Komutanlığı", "Santral: (0312) 555 20 00"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: lines}}, from)); got != "" {
			t.Errorf("%q: got %q, want none", lines, got)
		}
	}
	got := contactsOf([][]string{{"Media contact:", "Ruth Kane", "Switchboard: 0131 555 0000 | Direct: 0131 555 0199", "ruth.kane@harbour.example"}})
	if want := "Ruth Kane|ruth.kane@harbour.example|0131 555 0199"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoNameFromPlaceFirmOrWeb: a place phrase before the name ("In
// Lagos,"), the firm after it ("… at Orbit PR"), a web address or a
// handle near the entry, and a line for the public's enquiries give no
// contact's name (our own phrasings).
func TestNoNameFromPlaceFirmOrWeb(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Press contacts:", "In Lagos, Chidi Obi, +234 803 555 0101, obi@agency.example", "En Dakar, Awa Diop, +221 77 555 01 02, diop@agency.example"}},
			"Chidi Obi|obi@agency.example|+234 803 555 0101;Awa Diop|diop@agency.example|+221 77 555 01 02"},
		{[][]string{{"For media enquiries please contact Lena Fox at Orbit PR on 020 7946 0101 or lena@orbitpr.example."}},
			"Lena Fox|lena@orbitpr.example|020 7946 0101"},
		{[][]string{{"Video: https://media.port.example/clips"}, {"Port Media: 09 555 0101 · press@port.example · @PortNews"}},
			"Port Media|press@port.example|09 555 0101"},
		{[][]string{{"Media contact:", "Ruth Kane, 0131 555 0199, ruth.kane@board.example"}, {"General enquiries:", "0800 555 0100", "hello@board.example"}},
			"Ruth Kane|ruth.kane@board.example|0131 555 0199"},
	} {
		if got := contactsOf(tc.blocks); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
	line := "For media enquiries please contact Lena Fox at Orbit PR on 020 7946 0101."
	from := mail.Address{Name: "Orbit PR", Address: "news@orbitpr.example"}
	if got := show(PhoneContacts([]block.Block{{Lines: []string{line}}}, from)); got != "Lena Fox||020 7946 0101" {
		t.Errorf("%q: got %q", line, got)
	}
}

// TestEntriesRunTogether: entries run together on one line at
// semicolons are read one by one, also the one by number alone (our own
// phrasings).
func TestEntriesRunTogether(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Kontakt dla mediów: Ewa Nowak, tel. +48 22 555 01 01, e.nowak@huta.example; Adam Wróbel, tel. +48 601 555 102",
			"Ewa Nowak|e.nowak@huta.example|+48 22 555 01 01;Adam Wróbel||+48 601 555 102"},
		{"Media: Kim Tan, +65 6555 0101, kim.tan@yard.example; Raj Pillai, +65 6555 0102, raj.pillai@yard.example",
			"Kim Tan|kim.tan@yard.example|+65 6555 0101;Raj Pillai|raj.pillai@yard.example|+65 6555 0102"},
	} {
		if got := contactsOf([][]string{{tc.line}}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestSignedByInformationDirector: a release signed by its director of
// information, as armed forces sign them, gives the signer as the
// contact (our own phrasings).
func TestSignedByInformationDirector(t *testing.T) {
	for _, role := range []string{"Director of Defence Information", "Director of Army Public Relations", "Head of Information, Joint Staff", "Chief Information Officer", "Head of Information Security", "Director of Information Technology"} {
		bs := []block.Block{{Lines: []string{"EMEKA NWOSU", "Brigadier General", role, "14 May 2025"}}}
		got := show(Signatory(bs, mail.Address{Name: "Defence HQ", Address: "hq@defence.example"}))
		want := "Emeka Nwosu||"
		if role == "Chief Information Officer" || strings.HasSuffix(role, "Security") || strings.HasSuffix(role, "Technology") {
			want = "" // a head of IT signs for no press office
		}
		if got != want {
			t.Errorf("%q: got %q, want %q", role, got, want)
		}
	}
}

// TestHeadingIsNoRole: the words of a contact heading are no role the
// sender's mailbox could be named for; the person under it from an
// office's mailbox keeps no address (our own phrasings).
func TestHeadingIsNoRole(t *testing.T) {
	lines := []string{"Contactos de comunicação para jornalistas:", "Tenente Rui Matos", "Tel.: 213 555 010"}
	from := mail.Address{Name: "Gabinete de Comunicação – Marinha", Address: "comunicacao@marinha.example"}
	if SenderIs(from, "Rui Matos", lines) {
		t.Errorf("%q from %v: the sender is not the person", lines, from)
	}
	if !SenderIs(mail.Address{Name: "Rui Matos", Address: "rui.matos@marinha.example"}, "Rui Matos", lines) {
		t.Errorf("%q: the person's own mailbox is his", lines)
	}
}

// TestOfficeEntries: an office's entry keeps the office's name: a press
// mailbox ("basin@") spells no one named nearby, a phone field's label
// ("Office:") is no name, an Arabic office's name is no person's, and the
// office's own mailbox ("…publicaffairs@", "media@") answers for it
// (our own phrasings).
func TestOfficeEntries(t *testing.T) {
	got := contactsOf([][]string{{"Jandarma Genel Komutanlığı Basın Müşavirliği", "Tel: 0 (312) 555 20 00", "E-posta: basin@jandarma.example"}})
	if want := "Jandarma Genel Komutanlığı Basın Müşavirliği|basin@jandarma.example|0 (312) 555 20 00"; got != want {
		t.Errorf("press mailbox: got %q, want %q", got, want)
	}
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"Media enquiries:", "Army 3rd Brigade Public Affairs", "Office: 555-555-0140", "After hours: 555-555-0141"}, mail.Address{Name: "Army 3rd Brigade PA", Address: "3bdepublicaffairs@army.example"},
			"Army 3rd Brigade Public Affairs|3bdepublicaffairs@army.example|555-555-0140"},
		{[]string{"للتواصل الإعلامي:", "مكتب الاتصال الحكومي", "هاتف: 04 555 0101"}, mail.Address{Name: "الاتصال الحكومي", Address: "media@gov.example"},
			"مكتب الاتصال الحكومي|media@gov.example|04 555 0101"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestNoContactFromAddressOrLogo: a postal address under an office names
// no one, and an inline logo's Content-ID in Outlook's text part is no
// address (our own phrasings).
func TestNoContactFromAddressOrLogo(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Más información:", "Gabinete de Comunicación del Puerto", "Avda. Juan Carlos Ruiz, 12 – 15001 A Coruña", "Tel.: 981 555 010", "prensa@puerto.example"}},
			"Gabinete de Comunicación del Puerto|prensa@puerto.example|981 555 010"},
		{[][]string{{"Media contact:", "Owen Hale, +44 20 7946 0101", "E: owen.hale@agency.example<mailto:owen.hale@agency.example>"}, {"Owen Hale | Account Director", "[cid:logo002.jpg@01DC1A2B.3C4D5E60]"}},
			"Owen Hale|owen.hale@agency.example|+44 20 7946 0101"},
	} {
		if got := contactsOf(tc.blocks); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// TestRanksInCJK: Japanese, Chinese and Korean ranks before a name stay
// out of it (our own phrasings).
func TestRanksInCJK(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"1等陸佐 山本 直樹 電話：03-5555-0101", "山本 直樹"},
		{"上校 陈 明 电话：010-5555-0101", "陈 明"},
		{"중령 박지훈 전화: 02-555-0101", "박지훈"},
	} {
		got := show(PhoneContacts([]block.Block{{Lines: []string{"【問い合わせ先】", tc.line}}}, mail.Address{Name: "Office", Address: "office@mod.example"}))
		if !strings.HasPrefix(got, tc.want+"|") {
			t.Errorf("%q: got %q, want the name %q", tc.line, got, tc.want)
		}
	}
}

// TestOfficeAfterContactVerb: "for more information, contact <office>"
// on one short line names the office without the verb (our own
// phrasings).
func TestOfficeAfterContactVerb(t *testing.T) {
	for _, line := range []string{
		"För mer information, kontakta Kustbevakningens pressjour, 010-555 10 10, press@kust.example",
		"For mer informasjon, kontakt Kystverkets pressevakt, 010-555 10 10, press@kust.example",
	} {
		got := contactsOf([][]string{{line}})
		if strings.Contains(strings.ToLower(got), "kontakt") || !strings.Contains(got, "|press@kust.example|010-555 10 10") {
			t.Errorf("%q: got %q", line, got)
		}
	}
}

// TestSpokespersonUnderOffice: an office's entry with its own address,
// then its spokesperson by number alone: two contacts, the office's
// address not the spokesperson's (our own phrasings).
func TestSpokespersonUnderOffice(t *testing.T) {
	got := contactsOf([][]string{{"Biuro Prasowe Ministerstwa Obrony Narodowej", "Tel.: 22 555 01 01", "E-mail: prasa@mon.example", "Rzecznik prasowy: ppłk Anna Lis, tel. 601 555 101"}})
	if want := "Biuro Prasowe Ministerstwa Obrony Narodowej|prasa@mon.example|22 555 01 01;Anna Lis||601 555 101"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRankAndServiceInCapitals: a rank abbreviation before a name in
// capitals and a service's letters after it stay out of the name (our
// own phrasings, Philippine and US forms).
func TestRankAndServiceInCapitals(t *testing.T) {
	for _, line := range []string{"MAJ JOSE P REYES (INF) PA", "CPT JOSE P REYES PN", "LTC JOSE P REYES"} {
		got := show(PhoneContacts([]block.Block{{Lines: []string{"For media inquiries:", line, "0917 555 0101"}}}, mail.Address{Name: "Army PAO", Address: "pao@army.example"}))
		if want := "Jose P Reyes||0917 555 0101"; got != want {
			t.Errorf("%q: got %q, want %q", line, got, want)
		}
	}
}

// TestTelFaxLine: a line labelled as phone and fax at once gives a phone
// number; a fax alone does not (our own phrasings).
func TestTelFaxLine(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Media: Olena Bondar", "Tel./Fax: +380 32 555 01 01", "Mob.: +380 67 555 01 02", "bondar@port.example"}, "Olena Bondar|bondar@port.example|+380 32 555 01 01"},
		{[]string{"Media: Olena Bondar", "Fax: +380 32 555 01 01", "Mob.: +380 67 555 01 02", "bondar@port.example"}, "Olena Bondar|bondar@port.example|+380 67 555 01 02"},
	} {
		if got := contactsOf([][]string{tc.lines}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestSurnameSpellingAPreposition: Korean, Cantonese and Vietnamese
// surnames that spell a preposition ("Im", "No", "Au", "To") open a
// person's name; "In Lagos" still opens a place (our own phrasings).
func TestSurnameSpellingAPreposition(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Media contacts:", "Im Soo-jin, +82 2 555 0102", "No Hyun-woo, +82 2 555 0103"}},
			"Im Soo-jin||+82 2 555 0102;No Hyun-woo||+82 2 555 0103"},
		{[][]string{{"Press enquiries:", "Au Ka-wai, +852 5555 0104"}}, "Au Ka-wai||+852 5555 0104"},
		{[][]string{{"Media contact:", "To Minh Chau, +84 24 5555 0105"}}, "To Minh Chau||+84 24 5555 0105"},
		{[][]string{{"Press contacts:", "In Nairobi, Wanjiru Kamau, +254 722 555 010, kamau@agency.example"}},
			"Wanjiru Kamau|kamau@agency.example|+254 722 555 010"},
	} {
		if got := contactsOf(tc.blocks); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// TestNorthAmericanPhoneForms: Quebec writes a number "418 555-0192",
// and a US military office gives its DSN number with the network's name
// (our own phrasings).
func TestNorthAmericanPhoneForms(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Renseignements : Marie Gagnon, Conseillère, communications, 514 555-0101, mgagnon@fromagerie.example"}, "Marie Gagnon|mgagnon@fromagerie.example|514 555-0101"},
		{[]string{"Media contact:", "Public Affairs Office, 3rd Brigade", "DSN 314-555-0101 | pao@brigade.example"}, "Public Affairs Office, 3rd Brigade|pao@brigade.example|DSN 314-555-0101"},
		{[]string{"Media contact:", "Public Affairs Office, 3rd Brigade", "DSN 555-0101 | pao@brigade.example"}, "Public Affairs Office, 3rd Brigade|pao@brigade.example|DSN 555-0101"},
	} {
		if got := contactsOf([][]string{tc.lines}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestGivenNameSpellingAnOfficeWord: the Finnish given name "Ville"
// spells the French word for a town; "Ville de Lyon" stays an office
// (our own phrasings).
func TestGivenNameSpellingAnOfficeWord(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Lisätietoja:", "viestintäpäällikkö Ville Korhonen, p. 050 555 0101"}, "Ville Korhonen||050 555 0101"},
		{[]string{"Lisätietoja:", "Ville Korhonen, ville.korhonen@saatio.example"}, "Ville Korhonen|ville.korhonen@saatio.example|"},
		{[]string{"Contact presse :", "Ville de Lyon, service de presse, 04 72 55 01 01, presse@lyon.example"}, "Ville de Lyon, service de presse|presse@lyon.example|04 72 55 01 01"},
	} {
		if got := contactsOf([][]string{tc.lines}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestAboutSentenceNamesNoOne: a short About section's sentence above
// the contact heading is no office, however many office words it holds;
// the press line's own label names the entry (our own phrasings).
func TestAboutSentenceNamesNoOne(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"About the Authority"}, {"The Authority is the national agency for maritime safety."}, {"Media contacts", "Press Office: 020 5555 0101 – press@authority.example"}}, "Press Office|press@authority.example|020 5555 0101"},
		{[][]string{{"Über die Agentur"}, {"Die Agentur ist der nationale Wetterdienst."}, {"Pressekontakt", "Pressestelle: 030 5555 0101 – presse@agentur.example"}}, "Pressestelle|presse@agentur.example|030 5555 0101"},
	} {
		if got := contactsOf(tc.blocks); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// TestDocumentNameIsNoOffice: the document's name over a contact table
// at a release's top ("보도자료", "Δελτίο Τύπου") holds a press word but
// names no office, nor does a line of its release time; the person in
// the table is the contact (our own phrasings).
func TestDocumentNameIsNoOffice(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"보도자료", "배포 일시: 2026. 3. 2.(월) 10:00", "보도 일시: 즉시 보도 가능", "담당 부서: 바다중공업 홍보팀", "담당자: 김민준 차장 (전화 02-555-0101)", "이메일: minjun.kim@bada.example"}, "김민준|minjun.kim@bada.example|02-555-0101"},
		{[]string{"Δελτίο Τύπου", "Αθήνα, 2 Μαρτίου 2026", "Υπεύθυνη επικοινωνίας: Ελένη Παππά", "Τηλ. 210 555 0101", "e.pappa@nautiki.example"}, "Ελένη Παππά|e.pappa@nautiki.example|210 555 0101"},
	} {
		if got := contactsOf([][]string{tc.lines}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestPressOfficeSignature: a signature that is a press office and its
// number is the media contact, in languages whose press words are
// spelt "komunik…" or in Mongolian (our own phrasings).
func TestPressOfficeSignature(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		from   mail.Address
		want   string
	}{
		{[][]string{{"Зудын эрсдэлтэй сумдад өвс тэжээл хүргэж эхэллээ."}, {"-- ", "ЗХЯ-ны Хэвлэл мэдээлэл, олон нийттэй харилцах хэлтэс", "Утас: 7011-0101"}}, mail.Address{Name: "ЗХЯ Хэвлэл мэдээлэл", Address: "media@zhya-mn.example"}, "ЗХЯ-ны Хэвлэл мэдээлэл, олон нийттэй харилцах хэлтэс|media@zhya-mn.example|7011-0101"},
		{[][]string{{"Pengiriman bantuan dimulai hari ini."}, {"-- ", "Biro Komunikasi Publik", "Telp. 021 555 0101"}}, mail.Address{Name: "Kementerian Kelautan", Address: "humas@kemen.example"}, "Biro Komunikasi Publik||021 555 0101"},
	} {
		var bs []block.Block
		for _, lines := range tc.blocks {
			bs = append(bs, block.Block{Lines: lines})
		}
		if got := show(PhoneContacts(bs, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// TestHeadedColumns: an HTML table with a contact a column and the
// headings in its first row gives the headings as one block over the
// entries; each heading is its own column's (our own phrasings).
func TestHeadedColumns(t *testing.T) {
	for _, tc := range []struct {
		blocks [][]string
		want   string
	}{
		{[][]string{{"Media contact"}, {"Investor contact"}, {"Jo Reed", "+44 131 555 0142", "jo.reed@harbour.example"}, {"Mark Bell", "+44 131 555 0150", "mark.bell@harbour.example"}}, "Jo Reed|jo.reed@harbour.example|+44 131 555 0142"},
		{[][]string{{"Investor Relations"}, {"Pressekontakt"}, {"Mark Bell", "+49 40 555 0150", "mark.bell@nordwerft.example"}, {"Lena Hartmann", "+49 40 555 0120", "lena.hartmann@nordwerft.example"}}, "Lena Hartmann|lena.hartmann@nordwerft.example|+49 40 555 0120"},
		{[][]string{{"Media contacts"}, {"Jo Reed", "+44 131 555 0142", "jo.reed@harbour.example"}, {"Sam Patel", "+44 131 555 0143", "sam.patel@harbour.example"}}, "Jo Reed|jo.reed@harbour.example|+44 131 555 0142;Sam Patel|sam.patel@harbour.example|+44 131 555 0143"},
	} {
		if got := contactsOf(tc.blocks); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.blocks, got, tc.want)
		}
	}
}

// TestPolishExtension: Polish writes an extension "w. 45" (wewnętrzny)
// after the number (our own phrasing).
func TestPolishExtension(t *testing.T) {
	got := contactsOf([][]string{{"Kontakt:", "Anna Nowak", "Biuro Prasowe", "tel. 22 555 01 01 w. 123", "a.nowak@urzad.example"}})
	if want := "Anna Nowak|a.nowak@urzad.example|22 555 01 01 w. 123"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestOfficeMailboxInPost: a person whose post names the office whose
// mailbox sent the release ("Kasubdis Penerangan Dispenal" from
// dispenal@) is not the mailbox's owner; a communications director
// writing from communications@ is (our own phrasings).
func TestOfficeMailboxInPost(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		from  mail.Address
		want  string
	}{
		{[]string{"Narahubung:", "Kolonel Laut Budi Santoso", "Kasubdis Penerangan Umum Dispenal", "HP: 0812-555-0101"}, mail.Address{Name: "Dinas Penerangan AL", Address: "dispenal@tnial.example"}, "Budi Santoso||0812-555-0101"},
		{[]string{"Media contact:", "Jo Reed", "Communications Director", "+44 131 555 0142"}, mail.Address{Name: "Harbour Robotics", Address: "communications@harbour.example"}, "Jo Reed|communications@harbour.example|+44 131 555 0142"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, tc.from)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestIssuingUnitAndOutOfHours: the unit issuing the release and the
// desk to call out of hours name the entry only when no line names its
// contact point (our own phrasings).
func TestIssuingUnitAndOutOfHours(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Issued by: Corporate Communications", "Press Office: 0161 555 0100 (9am–5pm)", "Out of hours: contact the Duty Control Room on 0161 555 0000.", "Email: press@shirepolice.example"}, "Press Office|press@shirepolice.example|0161 555 0100"},
		{[]string{"Issued by: Harbour Board Press Office", "Tel 0131 555 0100", "press@harbourboard.example"}, "Harbour Board Press Office|press@harbourboard.example|0131 555 0100"},
		{[]string{"Pressestelle: 0421 555 0100", "Außerhalb der Bürozeiten: Lagezentrum der Polizei, 0421 555 0000", "presse@polizei-hafen.example"}, "Pressestelle|presse@polizei-hafen.example|0421 555 0100"},
	} {
		if got := contactsOf([][]string{tc.lines}); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}

// TestShortNationalNumber: a short national number after a phone label
// is the entry's number when it gives no longer one; a longer number
// wins (our own phrasings).
func TestShortNationalNumber(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Kontakt:", "Pressevakten i Bergen, telefon 02800."}, "Pressevakten i Bergen||02800"},
		{[]string{"Yhteystiedot:", "Poliisin mediapäivystys, puh. 0295 414 001", "Poliisin neuvonta, puhelin 02950"}, "Poliisin mediapäivystys||0295 414 001"},
	} {
		if got := show(PhoneContacts([]block.Block{{Lines: tc.lines}}, mail.Address{})); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.lines, got, tc.want)
		}
	}
}
