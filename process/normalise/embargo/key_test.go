package embargo

import (
	"os"
	"path/filepath"
	"slices"
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

// plainKey is what Key computes without its groups.
func plainKey(s string) []int {
	if !hint(s) {
		return nil
	}
	return keyRE.FindStringIndex(s)
}

// checkKey fails when the grouped Key and the whole pattern disagree on s.
func checkKey(t *testing.T, s string) {
	t.Helper()
	want := plainKey(s)
	if got := EmbargoKey.MatchString(s); got != (want != nil) {
		t.Errorf("MatchString(%q) = %v, the pattern says %v", s, got, want != nil)
	}
	if got := EmbargoKey.FindStringIndex(s); !slices.Equal(got, want) {
		t.Errorf("FindStringIndex(%q) = %v, the pattern says %v", s, got, want)
	}
}

// TestKeyGroups: the grouped branches match what the whole pattern
// matches, on every line and paragraph of the corpora's emails and on
// every cue in the spellings a case-insensitive pattern accepts.
func TestKeyGroups(t *testing.T) {
	dirs := []string{"corpus", "genre/train"}
	if testing.Short() || raceDetector {
		dirs = dirs[:1] // the whole pattern is slow, more so under -race
	}
	var files []string
	for _, dir := range dirs {
		fs, _ := filepath.Glob(filepath.Join("../../../testdata", dir, "*.eml"))
		files = append(files, fs...)
	}
	if len(files) < 30 {
		t.Fatalf("only %d corpus emails", len(files))
	}
	matched := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(raw), "\r\n", "\n")
		for _, s := range append(strings.Split(text, "\n"), strings.Split(text, "\n\n")...) {
			if len(s) > 8<<10 {
				continue // a part's body in one piece: slow to match, no more to learn
			}
			checkKey(t, s)
			if plainKey(s) != nil {
				matched++
			}
		}
	}
	if matched < 20 {
		t.Errorf("only %d corpus texts state an embargo: the test reads too little", matched)
	}
	var words []string
	for _, ps := range [][]string{allPhrases(func(c cue) []string { return c.phrases }), releaseLabels, hints,
		{"not to be published before", "not for release until", "publicação autorizada a partir de", "ne pas diffuser avant", "nicht veröffentlichen vor",
			"publication allowed only from", "release date and time", "for release at", "strictly under embargo", "embargoed"}} {
		words = append(words, ps...)
	}
	if raceDetector { // every tenth cue: the whole pattern is slow under -race
		var some []string
		for i := 0; i < len(words); i += 10 {
			some = append(some, words[i])
		}
		words = some
	}
	odd := strings.NewReplacer("s", "ſ", "k", "\u212a", "σ", "ς", "i", "İ", " ", "\n")
	for _, w := range words {
		for _, v := range []string{w, strings.ToUpper(w), title(w), odd.Replace(w), strings.ToUpper(odd.Replace(w))} {
			for _, s := range []string{v, v + ": 12 June 10:00", "– " + v + "：2025年6月12日", "The report says " + v + " 12.06.2025 at 10:00",
				"Release date " + v, "Not for " + v + " before noon", "x" + v + "x"} {
				checkKey(t, s)
			}
		}
	}
}

// FuzzKeyGroups: for any text the grouped Key agrees with the pattern.
func FuzzKeyGroups(f *testing.F) {
	for _, s := range []string{"Not to be published before 10:00", "NOT RELEASED UNTIL 5 MAY", "Publicação autorizada a partir de 5 de maio",
		"Ne pas diffuser avant le 5 mai", "ΕΜΠΑΡΓΚΟ ΕΩΣ", "YAYIN YASAĞI", "Release date: 5 May", "엠바고", "cấm đăng", "ſperrfriſt: 10 Uhr",
		"The press release of the publication", "Embargoed until 00:01 BST"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkKey(t, s) })
}
