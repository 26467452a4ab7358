package tag

import (
	"testing"
	"unicode"
)

func TestUnspacedBelowThai(t *testing.T) {
	for r := rune(0); r < unspacedFrom; r++ {
		if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai) {
			t.Fatalf("%U is in an unspaced script but below unspacedFrom", r)
		}
	}
	for _, r := range "東ひカ한ไ" {
		if !unspaced(r) {
			t.Errorf("unspaced(%q) = false", r)
		}
	}
}
