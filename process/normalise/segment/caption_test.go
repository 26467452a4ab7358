package segment

import "testing"

// A photo's caption or credit line, in the languages the desk receives,
// is no body text; a sentence that opens with such a word is (our own
// lines).
func TestCaptionLines(t *testing.T) {
	for line, want := range map[string]bool{
		"Photo: Harbour Board": true,
		"Billedtekst: Direktøren og værkføreren ved den nye radar.": true,
		"Bildtext: Fartyget vid kaj i Karlskrona.":                  true,
		"Bildunterschrift: Die neue Fähre im Hafen.":                true,
		"Légende : Le navire à quai à Brest.":                       true,
		"Didascalia: la nave in porto a Taranto.":                   true,
		"Pie de foto: El buque en Cartagena.":                       true,
		"Kuvateksti: Alus laiturissa Turussa.":                      true,
		"Fotografie: Armáda ČR":                                     true,
		"Фото: пресслужба министерства":                             true,
		"写真：新造船の進水式":                                                true,
		"Pictures of the launch were shown to the crew.":            false,
		"Fotografen begleiteten die Übung.":                         false,
	} {
		if got := caption.MatchString(line); got != want {
			t.Errorf("caption(%q) = %v, want %v", line, got, want)
		}
	}
}
