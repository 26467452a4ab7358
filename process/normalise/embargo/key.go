package embargo

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key finds an embargo statement. Its pattern holds the cue phrases of
// some 40 languages, which makes it slow on every paragraph, so two
// cheap tests run first: hint, the words of every cue, and then the
// pattern's branches in groups, each run only on a text that holds a
// word every match of the group must hold. Most press releases hold
// "release" or "publication", which pass hint; they rarely hold the
// rest of a cue.
type Key struct {
	re     *regexp.Regexp
	groups []group
}

// group is some of the pattern's branches and the words (case-folded by
// foldCase) one of which every match of them holds.
type group struct {
	words []string
	re    *regexp.Regexp
}

// MatchString says whether s states, or may state, an embargo.
func (k Key) MatchString(s string) bool {
	if !hint(s) {
		return false
	}
	f := foldCase(s)
	for _, g := range k.groups {
		for _, w := range g.words {
			if strings.Contains(f, w) {
				if g.re.MatchString(s) {
					return true
				}
				break
			}
		}
	}
	return false
}

// FindStringIndex is where the first embargo cue in s is, or nil. Only a
// text that matches runs the whole pattern, which finds the leftmost cue.
func (k Key) FindStringIndex(s string) []int {
	if !k.MatchString(s) {
		return nil
	}
	return k.re.FindStringIndex(s)
}

// keyGroups are keyRE's branches, grouped: together they match what
// keyRE matches (TestKeyGroups). A branch that changes in keyRE changes
// here too.
var keyGroups = func() []group {
	type src struct {
		words []string
		re    string
	}
	srcs := []src{
		{[]string{"embarg"}, `embarg`}, // also "(strictly) (under) embargo(ed)"
		{[]string{"not"}, notBeforeRE},
		{[]string{"divulga", "publica", "difusi", "diffusion", "ffentlichung", "pubblicazione"}, permittedRE},
		{[]string{"publicar", "divulgar", "difundir", "publier", "diffuser", "ffentlichen", "pubblicare"}, notToPublishRE},
	}
	// The phrases, grouped by the longest word of each spelling.
	var words []string
	phrases := map[string][]string{}
	for _, p := range allPhrases(func(c cue) []string { return c.phrases }) {
		for _, v := range variants(p) {
			w := longestWord(foldCase(v))
			if phrases[w] == nil {
				words = append(words, w)
			}
			phrases[w] = append(phrases[w], v)
		}
	}
	for _, w := range words {
		srcs = append(srcs, src{[]string{w}, phraseRE(phrases[w])})
	}
	// The branches anchored at the start read only the text's first
	// words: no word to look for ("" is in every text).
	srcs = append(srcs, src{[]string{""}, `^(?:` + releaseStartRE + `)`})
	var gs []group
	for _, s := range srcs {
		gs = append(gs, group{s.words, regexp.MustCompile(`(?i)` + s.re)})
	}
	return gs
}()

// longestWord is the longest of the words of a phrase, in bytes.
func longestWord(p string) string {
	w := ""
	for _, f := range strings.Fields(p) {
		if len(f) > len(w) {
			w = f
		}
	}
	return w
}

// foldCase maps every letter to one of the letters a case-insensitive
// pattern takes for it (the least of its simple case-folding orbit, and
// a lowercase ASCII letter for one that has such a letter in its orbit:
// "ſ" and "S" are "s", "K" (Kelvin) is "k"), so a text holds a word
// folded whenever (?i) finds the word in it.
func foldCase(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	return strings.Map(foldRune, s)
}

func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		return unicode.ToLower(r)
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	if 'A' <= least && least <= 'Z' {
		least += 'a' - 'A'
	}
	return least
}
