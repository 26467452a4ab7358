package segment

import "testing"

// A title's closing full stop goes, but not the one that ends an
// abbreviation written with full stops inside it (our own titles).
func TestHeadlineClosingStop(t *testing.T) {
	for in, want := range map[string]string{
		"Navy takes delivery of its third frigate.": "Navy takes delivery of its third frigate",
		"Ritrovate monete del III secolo a.C.":      "Ritrovate monete del III secolo a.C.",
		"Joint exercise with the U.S.":              "Joint exercise with the U.S.",
		"Fincantieri firma con Orizzonte S.p.A.":    "Fincantieri firma con Orizzonte S.p.A.",
		"Three new patrol boats...":                 "Three new patrol boats",
		"Inflation forecast cut to 2.5.":            "Inflation forecast cut to 2.5",
	} {
		if got := headlineText(in, nil); got != want {
			t.Errorf("headlineText(%q) = %q, want %q", in, got, want)
		}
	}
}
