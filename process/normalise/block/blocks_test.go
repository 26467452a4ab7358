package block

import (
	"strings"
	"testing"
)

func TestTextBlocks(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		// paragraphs apart by a line of spaces or a non-breaking space
		{"First para\nwrapped here.\n   \nSecond.\n\u00a0\nThird.", "First para wrapped here.\n\nSecond.\n\nThird."},
		// a list
		{"Advice:\n\n* patch now;\n* reset passwords.", "Advice:\n\n- patch now;\n\n- reset passwords."},
		// a client that dropped the blank lines between long paragraphs
		{"Title\n" + long("a") + "\n" + long("b") + "\n" + long("c"), "Title\n\n" + long("a") + "\n\n" + long("b") + "\n\n" + long("c")},
		// "1. Something" alone is a heading, not a one-item list
		{"1. Background\n\nText.", "1. Background\n\nText."},
	} {
		if got := RenderText(TextBlocks(tc.in)); got != tc.want {
			t.Errorf("textBlocks(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func long(w string) string {
	s := w
	for len(s) < 130 {
		s += " " + w
	}
	return s + "."
}

// TestWords: words are what strings.Fields splits, Unicode spaces and
// invalid bytes included.
func TestWords(t *testing.T) {
	lines := []string{"", "  one  two\tthree ", "a\u00a0b\u3000c\u2009d", "\xff \xfe", "東京 大阪"}
	want := 0
	for _, l := range lines {
		want += len(strings.Fields(l))
	}
	if got := (Block{Lines: lines}).Words(); got != want || got != 11 {
		t.Errorf("Words() = %d, want %d (11)", got, want)
	}
}

func TestBulleted(t *testing.T) {
	for s, want := range map[string]bool{
		"- export rules after the review": true,
		"• three new hangars":             true,
		"1. Introduction":                 false,
		"Minister opens new hangar":       false,
		"-ENDS-":                          false,
	} {
		if got := Bulleted(s); got != want {
			t.Errorf("Bulleted(%q) = %v, want %v", s, got, want)
		}
	}
}
