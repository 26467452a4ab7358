package normalise

import "testing"

// Georgian letters have capitals (Mtavruli) that its writing does not use
// to open a name: a name read in lower case keeps its letters, as a Latin
// one gains its capital.
func TestIssuerNameCapitalOfCaselessScripts(t *testing.T) {
	for in, want := range map[string]string{
		"ეროვნული ბანკის პრესსამსახური": "ეროვნული ბანკის პრესსამსახური",
		"ministère de la Mer": "Ministère de la Mer",
	} {
		if got := cleanOrg(in); got != want {
			t.Errorf("cleanOrg(%q) = %q, want %q", in, got, want)
		}
	}
	if got := caseLike([]string{"ეროვნული", "ბანკი"}, []string{"ეროვნული", "ბანკი"}); got != "ეროვნული ბანკი" {
		t.Errorf("caseLike gave %q", got)
	}
}
