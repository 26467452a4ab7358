package segment

import "testing"

// TestOfficeNamesAreNoPeople: an office's name in capitals is no
// person's, when a lower-case unit noun opens it, when it names a room,
// or when its words are an organisation's in Greek or Cyrillic; a
// contact sentence's cue leaves the office's article out (our own
// phrasings).
func TestOfficeNamesAreNoPeople(t *testing.T) {
	for _, part := range []string{
		"oddělení Komunikace Hasičského Sboru",
		"la oficina de Prensa Municipal",
		"Emergency Control Room",
		"Αρχηγείο Πυροσβεστικού Σώματος",
		"Агентство Морского Флота",
		// Public relations and public information offices, a general
		// staff, and Japanese or Chinese units (TestPublicOfficesNameNoOne).
		"Capo Sezione Pubblica Informazione",
		"Jefe de Relaciones Públicas",
		"Biroul Relații Publice",
		"Statul Major al Forțelor Terestre",
		"Halkla İlişkiler Müdürü",
		"Army Public Affairs",
		"北部方面隊 広報班",
		"市政府 新闻处",
	} {
		if got := personIn(part); got != "" {
			t.Errorf("personIn(%q) = %q, want no one", part, got)
		}
	}
	for _, part := range []string{"woordvoerder kapitein Joris de Boer", "mluvčí Petra Nováková"} {
		if personIn(part) == "" {
			t.Errorf("personIn(%q): no one, want the person", part)
		}
	}
	if got, want := contactName([]string{"Γραφείο Τύπου", "Αρχηγείο Πυροσβεστικού Σώματος", "Τηλ. 210 555 0100"}), "Γραφείο Τύπου"; got != want {
		t.Errorf("Greek office over its organisation: got %q, want %q", got, want)
	}
	got := cuedContacts("U kunt contact opnemen met de afdeling Voorlichting van de gemeente Utrecht via 030 555 1234.")
	if want := "afdeling Voorlichting van de gemeente Utrecht via 030 555 1234"; len(got) != 1 || got[0] != want {
		t.Errorf("Dutch contact sentence: got %q, want %q", got, want)
	}
}
