package segment

import "testing"

// TestColonCaseInSentence: an abbreviation's case ending after a colon
// ("MSB:s presstjänst") is no label inside a sentence either, where a
// lead-in stands before it (our own phrasings).
func TestColonCaseInSentence(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"För mer information, kontakta MSB:s presstjänst, telefon 010-555 01 01", "MSB:s presstjänst"},
		{"Kontakta FOI:s presstjänst på 08-555 030 00.", "FOI:s presstjänst"},
		{"MPF:s presstjänst, 010-555 01 02", "MPF:s presstjänst"},
	} {
		if got := contactName([]string{c.line}); got != c.want {
			t.Errorf("contactName(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
