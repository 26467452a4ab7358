package normalise

import (
	"testing"
	"unicode/utf8"
)

// Names written for this test, not taken from any corpus case.
func TestCleanOrg(t *testing.T) {
	for in, want := range map[string]string{
		"Harbourline Shipping - Press Office":        "Harbourline Shipping",
		"Gabinete de Comunicação da Guarda Costeira": "Guarda Costeira",
		"Issued by: Westmark Police Press Office":    "Westmark Police",
		"Presse":                              "",
		"Us":                                  "",
		"The Fenland Policy Forum":            "Fenland Policy Forum",
		"北辰重工 広報部":                            "北辰重工",
		"Comunicación Hidroeléctrica del Sur": "Hidroeléctrica del Sur",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestInitials(t *testing.T) {
	text := "On Monday the Agence nationale de la sécurité maritime said, and the Baltic Ports Authority agreed."
	for acr, want := range map[string]string{"ANSM": "Agence nationale de la sécurité maritime", "BPA": "Baltic Ports Authority", "XYZ": ""} {
		if got := initials(acr, text); got != want {
			t.Errorf("initials(%q) = %q, want %q", acr, got, want)
		}
	}
}

func FuzzIssuerNames(f *testing.F) {
	f.Add("Harbourline Shipping - Press Office", "MOD", "The Ministry of Defence (MOD) said")
	f.Add("l'", "AB", "A b, A' B.")
	f.Fuzz(func(t *testing.T, name, acr, text string) {
		if out := cleanOrg(name); !utf8.ValidString(name) || len(out) > len(name)+1 {
			if utf8.ValidString(name) {
				t.Errorf("cleanOrg grew %q to %q", name, out)
			}
		}
		if acronym.MatchString(acr) {
			_ = initials(acr, text)
		}
		_ = domainName("<x@"+name+">", text)
	})
}
