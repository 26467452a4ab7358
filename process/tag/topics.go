package tag

import (
	"math"
	"sort"
	"strings"

	"newsdesk/draft"
)

// phrase is one weighted cue for a concept.
type phrase struct {
	id     int // index in topicIndex.all
	toks   []string
	code   string
	weight float64
}

// topicIndex finds phrases in a token stream: phrases keyed by their
// first token, longest tried first.
type topicIndex struct {
	byFirst map[string][]phrase
	all     []phrase
}

func newTopicIndex(v *Vocabulary) *topicIndex {
	ix := &topicIndex{byFirst: map[string][]phrase{}}
	seen := map[string]int{}
	add := func(code, text string, w float64) {
		toks := tokens(text)
		if len(toks) == 0 {
			return
		}
		// A phrase given twice for a code (a label and a cue) counts once,
		// with its larger weight.
		key := code + "|" + strings.Join(toks, " ")
		if id, ok := seen[key]; ok {
			ix.all[id].weight = math.Max(ix.all[id].weight, w)
			return
		}
		seen[key] = len(ix.all)
		ix.all = append(ix.all, phrase{id: len(ix.all), toks: toks, code: code, weight: w})
	}
	// Every label in every language is a weak cue; a label such as "crime,
	// law and justice" also gives its parts.
	for _, c := range v.concepts {
		for _, l := range c.Labels {
			for _, part := range labelParts(l) {
				add(c.Code, part, labelWeight)
			}
		}
	}
	for _, table := range []map[string][]cue{curatedTopics, moreLanguages} {
		for code, list := range table {
			for _, p := range list {
				add(code, p.text, p.weight)
			}
		}
	}
	for _, p := range ix.all {
		ix.byFirst[p.toks[0]] = append(ix.byFirst[p.toks[0]], p)
	}
	for k, list := range ix.byFirst {
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].toks) > len(list[j].toks) })
		ix.byFirst[k] = list
	}
	return ix
}

// labelParts splits a label at commas, slashes and "and"-words.
func labelParts(l string) []string {
	l = strings.NewReplacer("/", ",", "、", ",", "،", ",").Replace(l)
	var out []string
	for _, p := range strings.Split(l, ",") {
		for _, q := range splitWords(p, " and ", " et ", " und ", " y ", " e ", " och ", " og ", "和") {
			if q = strings.TrimSpace(q); len([]rune(q)) >= 3 {
				out = append(out, q)
			}
		}
	}
	return out
}

func splitWords(s string, seps ...string) []string {
	parts := []string{s}
	for _, sep := range seps {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	return parts
}

// Scoring constants, tuned on the train split only.
const (
	labelWeight    = 0.6  // a vocabulary label: weak, many are common words
	headlineFactor = 2.0  // a cue in the headline counts this many times
	bm25K          = 1.2  // term-frequency saturation
	bm25B          = 0.5  // length normalisation
	avgDocTokens   = 400  // typical release length
	leafThreshold  = 1.8  // raw evidence for a specific code
	topThreshold   = 3.6  // rolled-up evidence for a top-level code alone
	relativeFloor  = 0.12 // a topic must reach this share of the best one
	leafShare      = 0.55 // a specific code must reach this share of the best specific one
	topShare       = 0.35 // a top-level code on its own must reach this share of the best
)

// scoreTopics returns each concept's own evidence in the headline's and
// the story's tokens.
func (ix *topicIndex) scoreTopics(ht, bt []string) map[string]float64 {
	tf := map[int]float64{} // phrase id → occurrences (headline weighted)
	count := func(toks []string, factor float64) {
		for i := 0; i < len(toks); i++ {
			for _, p := range ix.byFirst[toks[i]] {
				if matchAt(toks, i, p.toks) {
					tf[p.id] += factor
				}
			}
		}
	}
	count(ht, headlineFactor)
	count(bt, 1)
	dl := float64(len(ht) + len(bt))
	norm := bm25K * (1 - bm25B + bm25B*dl/avgDocTokens)
	raw := map[string]float64{}
	for id, f := range tf {
		p := ix.all[id]
		raw[p.code] += p.weight * f * (bm25K + 1) / (f + norm)
	}
	return raw
}

func matchAt(toks []string, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for j, w := range p {
		if toks[i+j] != w {
			return false
		}
	}
	return true
}

// selectTopics keeps the most specific codes with enough evidence, adds
// their ancestors and any top-level topic strong on its own.
func selectTopics(v *Vocabulary, raw map[string]float64, lang string) []draft.Topic {
	rolled := map[string]float64{}
	for code, s := range raw {
		rolled[code] += s
		for _, a := range v.Ancestors(code) {
			rolled[a] += s
		}
	}
	best := 0.0
	for _, s := range rolled {
		best = math.Max(best, s)
	}
	bestLeaf := 0.0
	for code, s := range raw {
		if c, ok := v.Concept(code); ok && c.Parent != "" {
			bestLeaf = math.Max(bestLeaf, s)
		}
	}
	chosen := map[string]bool{}
	for code, s := range raw {
		c, ok := v.Concept(code)
		if !ok || c.Parent == "" || s < leafThreshold || s < leafShare*bestLeaf || rolled[code] < relativeFloor*best {
			continue
		}
		chosen[code] = true
	}
	for code := range chosen {
		for _, a := range v.Ancestors(code) {
			delete(chosen, a) // keep the most specific
		}
	}
	out := map[string]bool{}
	for code := range chosen {
		out[code] = true
		out[v.TopLevel(code)] = true
	}
	for code, s := range rolled {
		if c, ok := v.Concept(code); ok && c.Parent == "" && s >= topThreshold && s >= topShare*best {
			out[code] = true
		}
	}
	topics := make([]draft.Topic, 0, len(out))
	for code := range out {
		c, _ := v.Concept(code)
		s := rolled[code]
		topics = append(topics, draft.Topic{
			Code: QCode(code), Label: c.Label(lang),
			Score: math.Round(s/(s+topThreshold)*1000) / 1000, Source: draft.TopicRules,
		})
	}
	return corpusForm(v, topics, lang)
}

// corpusForm puts topics in the form editors file a draft under (the
// corpus README): the most specific codes, each with its top-level
// ancestor, and no intermediate code that a more specific one descends
// from — "armed forces" and "politics", not "national security" or
// "government" between them. Whoever needs the whole hierarchy asks the
// vocabulary (Ancestors). A top-level code added for a specific one takes
// its score and source. Sorted by score, then code.
func corpusForm(v *Vocabulary, topics []draft.Topic, lang string) []draft.Topic {
	byCode := make(map[string]draft.Topic, len(topics))
	for _, t := range topics {
		if old, ok := byCode[t.Code]; !ok || t.Score > old.Score {
			byCode[t.Code] = t
		}
	}
	covered := map[string]bool{}
	for code := range byCode {
		for _, a := range v.Ancestors(code) {
			covered[QCode(a)] = true
		}
	}
	keep := make(map[string]draft.Topic, len(byCode))
	for code, t := range byCode {
		c, ok := v.Concept(code)
		if !ok || c.Parent != "" && covered[code] {
			continue
		}
		keep[code] = t
		top := QCode(v.TopLevel(c.Code))
		if _, own := byCode[top]; own {
			continue
		}
		if old, ok := keep[top]; !ok || t.Score > old.Score {
			tc, _ := v.Concept(top)
			keep[top] = draft.Topic{Code: top, Label: tc.Label(lang), Score: t.Score, Source: t.Source}
		}
	}
	out := make([]draft.Topic, 0, len(keep))
	for _, t := range keep {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Code < out[j].Code
	})
	return out
}
