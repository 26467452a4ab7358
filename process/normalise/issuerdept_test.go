package normalise

import "testing"

// Press and public-relations units in more of the desk's languages are
// departments, not issuers: Latvian, Lithuanian, Portuguese, Slovak,
// Malay, Swahili, Albanian and Macedonian. A service that is an
// organisation keeps its name ("Valsts ieņēmumu dienests", the State
// Revenue Service). Names written for this test.
func TestCleanOrgPressUnitsMoreLanguages(t *testing.T) {
	for in, want := range map[string]string{
		"Rīgas domes Preses dienests":                     "Rīgas domes",
		"LKA Viešųjų ryšių skyrius":                       "LKA",
		"Assessoria de Imprensa da Marinha":               "Marinha",
		"Tlačový odbor Hasičského zboru":                  "Hasičského zboru",
		"Bahagian Komunikasi Korporat, Lembaga Pelabuhan": "Lembaga Pelabuhan",
		"Kitengo cha Mawasiliano Bandari":                 "Bandari",
		"Zyra e Shtypit e Policisë":                       "Policisë",
		"Valsts ieņēmumu dienests":                        "Valsts ieņēmumu dienests",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", in, got, want)
		}
	}
}
