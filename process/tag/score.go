package tag

import (
	"strings"

	"golang.org/x/text/unicode/norm"

	"newsdesk/draft"
)

// Labels are the tags an editor gave one corpus case
// (NAME.expected.json; see the corpus README).
type Labels struct {
	Topics        []string `json:"topics"`
	People        []string `json:"people"`
	Organisations []string `json:"organisations"`
	Places        []string `json:"places"`
}

// Counts tallies a set comparison.
type Counts struct{ TP, FP, FN int }

// Add sums two tallies.
func (c Counts) Add(o Counts) Counts { return Counts{c.TP + o.TP, c.FP + o.FP, c.FN + o.FN} }

// Precision is TP/(TP+FP), 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 1 when nothing was expected.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall; summed over cases it
// is the micro-average.
func (c Counts) F1() float64 {
	if c.TP+c.FP+c.FN == 0 {
		return 1
	}
	return 2 * float64(c.TP) / float64(2*c.TP+c.FP+c.FN)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Scores holds one tally per measured field. Topics is the flat view
// the corpus labels in (most specific codes and top-level ones);
// Hierarchy closes both sides under their ancestors, so a code next to
// the right one (a sibling, a parent) earns the levels they share.
type Scores struct {
	TopLevel, Topics, Hierarchy, People, Organisations, Places Counts
}

// Add sums per field.
func (s Scores) Add(o Scores) Scores {
	return Scores{s.TopLevel.Add(o.TopLevel), s.Topics.Add(o.Topics), s.Hierarchy.Add(o.Hierarchy),
		s.People.Add(o.People), s.Organisations.Add(o.Organisations), s.Places.Add(o.Places)}
}

// Score compares a draft's tags with an editor's labels. Topics are
// compared as the corpus writes them: the most specific codes plus
// top-level ones, so an intermediate ancestor is neither credit nor
// fault. Names compare after NFC, white space and case folding.
func Score(v *Vocabulary, want Labels, got draft.Tags) Scores {
	gotCodes := make([]string, len(got.Topics))
	for i, t := range got.Topics {
		gotCodes[i] = t.Code
	}
	w, g := topicView(v, want.Topics), topicView(v, gotCodes)
	return Scores{
		TopLevel:      compare(tops(v, w), tops(v, g)),
		Topics:        compare(w, g),
		Hierarchy:     compare(closure(v, want.Topics), closure(v, gotCodes)),
		People:        compare(nameSet(want.People), nameSet(got.People)),
		Organisations: compare(nameSet(want.Organisations), nameSet(got.Organisations)),
		Places:        compare(nameSet(want.Places), nameSet(got.Places)),
	}
}

// topicView keeps codes no other code in the set descends from, and
// every top-level code.
func topicView(v *Vocabulary, codes []string) map[string]bool {
	in := map[string]bool{}
	for _, c := range codes {
		in[strings.TrimPrefix(c, "medtop:")] = true
	}
	covered := map[string]bool{}
	for c := range in {
		for _, a := range v.Ancestors(c) {
			covered[a] = true
		}
	}
	out := map[string]bool{}
	for c := range in {
		if concept, ok := v.Concept(c); !covered[c] || (ok && concept.Parent == "") {
			out[c] = true
		}
	}
	return out
}

// tops maps codes to their top-level codes. A retired code (not in the
// vocabulary, so its place in the tree is unknown) is not a top-level
// topic; the corpus lists its top-level ancestor beside it.
func tops(v *Vocabulary, codes map[string]bool) map[string]bool {
	out := map[string]bool{}
	for c := range codes {
		if _, ok := v.Concept(c); ok {
			out[v.TopLevel(c)] = true
		}
	}
	return out
}

// closure is codes with all their ancestors.
func closure(v *Vocabulary, codes []string) map[string]bool {
	out := map[string]bool{}
	for _, c := range codes {
		out[strings.TrimPrefix(c, "medtop:")] = true
		for _, a := range v.Ancestors(c) {
			out[a] = true
		}
	}
	return out
}

func nameSet(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		out[foldName(n)] = true
	}
	return out
}

func foldName(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(norm.NFC.String(s))
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func compare(want, got map[string]bool) Counts {
	var c Counts
	for k := range got {
		if want[k] {
			c.TP++
		} else {
			c.FP++
		}
	}
	for k := range want {
		if !got[k] {
			c.FN++
		}
	}
	return c
}
