package embargo

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
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
	groups *keyGroups
}

// keyGroups are keyRE's branches in groups: those anchored at the
// text's start, which read only its first words, and the others, each
// with the words (case-folded by foldCase) one of which every match of
// it holds.
type keyGroups struct {
	start *regexp.Regexp
	res   []*regexp.Regexp
	needs map[string][]int // word → the groups (in res) that need it
	words *wordSet         // the keys of needs
}

// MatchString says whether s states, or may state, an embargo.
func (k Key) MatchString(s string) bool {
	if !hint(s) {
		return false
	}
	g := k.groups
	if g.start.MatchString(s) {
		return true
	}
	tried := make([]bool, len(g.res))
	return g.words.any(foldCase(s), func(_ int, w string) bool {
		for _, i := range g.needs[w] {
			if !tried[i] {
				tried[i] = true
				if g.res[i].MatchString(s) {
					return true
				}
			}
		}
		return false
	})
}

// FindStringIndex is where the first embargo cue in s is, or nil. Only a
// text that matches runs the whole pattern, which finds the leftmost cue.
func (k Key) FindStringIndex(s string) []int {
	if !k.MatchString(s) {
		return nil
	}
	return k.re.FindStringIndex(s)
}

// groupKey groups keyRE's branches: together they match what keyRE
// matches (TestKeyGroups). A branch that changes in keyRE changes here
// too.
func groupKey() *keyGroups {
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
	g := &keyGroups{start: regexp.MustCompile(`(?i)^(?:` + releaseStartRE + `)`), needs: map[string][]int{}}
	for i, s := range srcs {
		g.res = append(g.res, regexp.MustCompile(`(?i)`+s.re))
		for _, w := range s.words {
			g.needs[w] = append(g.needs[w], i)
		}
	}
	g.words = newWordSet(slices.Collect(maps.Keys(g.needs)))
	return g
}

// wordSet finds which of its words a text holds in one pass over it: the
// words are indexed by their first two bytes.
type wordSet struct {
	pairs [1 << 16 / 64]uint64 // the first two bytes of some word
	words map[uint16][]string  // by their first two bytes
}

func newWordSet(words []string) *wordSet {
	ws := &wordSet{words: map[uint16][]string{}}
	for _, w := range words {
		if len(w) < 2 {
			panic("embargo: word set: " + strconv.Quote(w) + " is shorter than two bytes")
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		ws.pairs[k/64] |= 1 << (k % 64)
		ws.words[k] = append(ws.words[k], w)
	}
	return ws
}

// any calls f with each word of the set that s holds and where (the
// first place first), until f returns true, and says whether it did.
func (ws *wordSet) any(s string, f func(i int, w string) bool) bool {
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if ws.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, w := range ws.words[k] {
			if strings.HasPrefix(s[i:], w) && f(i, w) {
				return true
			}
		}
	}
	return false
}

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
