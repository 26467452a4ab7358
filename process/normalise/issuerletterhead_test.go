package normalise

import "testing"

// A letterhead written a line to a block, as HTML paragraphs write it:
// the unit under its parent issues; a country above it, a press office
// under it or a label do not; a letterhead without an organisation's
// noun counts when the email names it again, in capitals or not; a name
// goes on after a dash when the email writes the dashed part twice.
// Names and words written for this test.
func TestIssuerLetterheadLines(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		raw        []byte
	}{
		{"cs regional directorate under the national police", "Krajské ředitelství policie Olomouckého kraje", plainRelease("Policie ČR <media@policie-priklad.example>",
			"Policie České republiky", "Krajské ředitelství policie Olomouckého kraje", "Tisková zpráva", "Zadrželi dva zloděje aut",
			"Olomouc, 4. března 2025 – Kriminalisté zadrželi v pondělí dva muže podezřelé z krádeží aut.", "Oba jsou ve vazbě.")},
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
	} {
		d, err := Inspect(tc.raw)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if d.Issuer != tc.want {
			t.Errorf("%s: issuer %q, want %q", tc.name, d.Issuer, tc.want)
		}
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
