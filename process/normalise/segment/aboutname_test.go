package segment

import "testing"

// TestAboutHeadingName: the name an About heading gives, in French with
// its article or elision ("À propos de Thales" names Thales, not
// "de Thales").
func TestAboutHeadingName(t *testing.T) {
	for head, want := range map[string]string{
		"À propos de Thales":            "Thales",
		"À propos d'Airbus":             "Airbus",
		"À propos du Groupe Naval":      "Groupe Naval",
		"À PROPOS DE NAVAL GROUP":       "NAVAL GROUP",
		"À propos de l'ONERA":           "ONERA",
		"À propos des Chantiers Piriou": "Chantiers Piriou",
		"About the Royal Navy":          "Royal Navy",
		"Über die Hensoldt AG":          "die Hensoldt AG",
	} {
		m := AboutRE.FindStringSubmatch(head)
		if m == nil || m[1] != want {
			t.Errorf("AboutRE(%q) names %q, want %q", head, m, want)
		}
	}
}
