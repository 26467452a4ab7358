package segment

import "testing"

// TestEndMarkersBeyondEurope: the line that closes a release in the
// desk's other languages and scripts is an end marker, alone on its line
// and in its usual dashes or brackets; a sentence that uses the word is
// not.
func TestEndMarkersBeyondEurope(t *testing.T) {
	for line, want := range map[string]bool{
		"FIM":                     true,
		"ΤΕΛΟΣ":                   true,
		"- Τέλος -":               true,
		"-انتهى-":                 true,
		"סוף":                     true,
		"以上":                      true,
		"（完）":                     true,
		"끝.":                      true,
		"SON":                     true,
		"- Конец -":               true,
		"以上です。":                   false,
		"Son dakika haberi":       false,
		"Fim de semana em Lisboa": false,
	} {
		if got := EndMarker.MatchString(line); got != want {
			t.Errorf("EndMarker(%q) = %v, want %v", line, got, want)
		}
	}
}
