package embargo

import (
	"strings"
	"testing"
)

// TestHintCoversKey: the cheap test lets through every phrase the full
// pattern matches, in any case, or EmbargoKey would miss a statement.
func TestHintCoversKey(t *testing.T) {
	for _, c := range cues {
		for _, p := range c.phrases {
			for _, s := range []string{p, strings.ToUpper(p), title(p), "Note: " + p + " 12 June 10:00"} {
				if keyRE.MatchString(s) && !hint(s) {
					t.Errorf("%s: %q matches the pattern but not the hint", c.lang, s)
				}
				if !keyRE.MatchString(s) {
					t.Errorf("%s: %q is not matched by the pattern", c.lang, s)
				}
			}
		}
	}
}

func title(s string) string {
	r := []rune(s)
	return strings.ToUpper(string(r[:1])) + string(r[1:])
}

// TestReleaseLabels: a release-time heading opens a statement only as a
// label with a colon, and the hint lets every one through.
func TestReleaseLabels(t *testing.T) {
	for _, l := range releaseLabels {
		for _, s := range []string{l + ": 12.06.2025 10:00", strings.ToUpper(l) + " : 12.06.2025", "– " + title(l) + "：2025年6月12日"} {
			if !EmbargoKey.MatchString(s) {
				t.Errorf("%q is not read as a release-time label", s)
			}
		}
		if s := "The " + l + " 12.06.2025"; keyRE.MatchString(s) && !hint(s) {
			t.Errorf("%q matches the pattern but not the hint", s)
		}
	}
}

// FuzzKeyHint: for any text, a match of the full pattern implies the hint.
func FuzzKeyHint(f *testing.F) {
	for _, s := range []string{"Not to be published before 10:00", "NOT RELEASED UNTIL 5 MAY", "Publicação autorizada a partir de 5 de maio",
		"Ne pas diffuser avant le 5 mai", "ΕΜΠΑΡΓΚΟ ΕΩΣ", "YAYIN YASAĞI", "Release date: 5 May", "엠바고", "cấm đăng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if keyRE.MatchString(s) && !hint(s) {
			t.Fatalf("%q matches the pattern but not the hint", s)
		}
	})
}
