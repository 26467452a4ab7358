package embargo

import (
	"maps"
	"regexp"
	"slices"
	"strings"

	"newsdesk/process/normalise/prefilter"
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
// with the words (case-folded by prefilter.Fold) one of which every match of
// it holds.
type keyGroups struct {
	start *regexp.Regexp
	res   []*regexp.Regexp
	needs map[string][]int   // word → the groups (in res) that need it
	words *prefilter.WordSet // the keys of needs
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
	return g.words.Any(prefilter.Fold(s), func(_ int, w string) bool {
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
			w := longestWord(prefilter.Fold(v))
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
	g.words = prefilter.NewWordSet(slices.Collect(maps.Keys(g.needs)))
	return g
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
