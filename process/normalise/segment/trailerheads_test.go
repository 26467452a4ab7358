package segment

import "testing"

// Headings that open the matter after a release's body, in spellings of
// no corpus case: the Austrian wire's "Rückfragehinweis", and an
// editor's note with a typographic apostrophe.
func TestTrailerHeadings(t *testing.T) {
	for s, want := range map[string]bool{
		"Rückfragehinweis:":                        true,
		"Rückfragen an:":                           true,
		"Rückfragen & Kontakt":                     true,
		"Rückfragen zum Projekt beantwortet gerne": false,
		"Editor’s notes":                           true,
		"Editors’ note:":                           true,
	} {
		if got := TrailerHead.MatchString(s); got != want {
			t.Errorf("TrailerHead(%q) = %v, want %v", s, got, want)
		}
	}
	if !TrailerLabel.MatchString("Editor’s note: the full list of sites is on request.") {
		t.Error("TrailerLabel misses an editor’s note with a typographic apostrophe")
	}
}
