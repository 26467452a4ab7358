package tag

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"

	"newsdesk/draft"
)

// Example is one draft as the editors left it: the text, the topic codes
// they kept or added, and the ones they removed.
type Example struct {
	Text    string
	Keep    []string // codes accepted or added by an editor
	Removed []string // codes an editor removed
}

// Model is a one-vs-rest Bernoulli naive Bayes over the words of
// drafts editors corrected. It is plain data: Marshal it to store it.
type Model struct {
	Codes map[string]*codeStats `json:"codes"`
}

type codeStats struct {
	Pos     int            `json:"pos"`     // drafts that carry the code
	Neg     int            `json:"neg"`     // drafts that do not (or had it removed)
	Removed int            `json:"removed"` // of Neg, drafts where an editor removed it
	PosDF   map[string]int `json:"pos_df"`  // word → drafts among Pos containing it
	NegDF   map[string]int `json:"neg_df"`
}

// Blending constants: the model speaks only about codes it has seen on
// enough drafts, and overrides the rules only when it is sure.
const (
	minPositives  = 2
	minRemovals   = 2
	addAbove      = 0.7
	removeBelow   = 0.3
	maxModelWords = 400
)

// Train builds a model from editors' corrections. Every code that any
// example keeps or removes is learnt.
func Train(examples []Example) *Model {
	m := &Model{Codes: map[string]*codeStats{}}
	codes := map[string]bool{}
	for _, e := range examples {
		for _, c := range append(append([]string{}, e.Keep...), e.Removed...) {
			codes[c] = true
		}
	}
	for code := range codes {
		m.Codes[code] = &codeStats{PosDF: map[string]int{}, NegDF: map[string]int{}}
	}
	for _, e := range examples {
		words := wordSet(e.Text)
		keep, removed := set(e.Keep...), set(e.Removed...)
		for code, s := range m.Codes {
			df := s.NegDF
			if keep[code] {
				s.Pos++
				df = s.PosDF
			} else {
				s.Neg++
				if removed[code] {
					s.Removed++
				}
			}
			for w := range words {
				df[w]++
			}
		}
	}
	return m
}

func wordSet(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range tokens(text) {
		if len(out) >= maxModelWords {
			break
		}
		if len([]rune(w)) > 2 {
			out[w] = true
		}
	}
	return out
}

// Predict is the model's probability that code fits text, and whether it
// knows the code at all.
func (m *Model) Predict(code, text string) (float64, bool) {
	s, ok := m.Codes[code]
	if !ok || s.Pos+s.Neg == 0 {
		return 0, false
	}
	return s.prob(wordSet(text)), true
}

func (s *codeStats) prob(words map[string]bool) float64 {
	logit := math.Log(float64(s.Pos+1) / float64(s.Neg+1))
	matched := 0
	for w := range words {
		p, n := s.PosDF[w], s.NegDF[w]
		if p+n == 0 {
			continue // unseen words say nothing
		}
		matched++
		logit += math.Log(float64(p+1)/float64(s.Pos+2)) - math.Log(float64(n+1)/float64(s.Neg+2))
	}
	// Words are not independent: temper the sum so a long release does
	// not drive every probability to 0 or 1.
	logit /= math.Max(1, math.Sqrt(float64(matched))/2)
	return 1 / (1 + math.Exp(-logit))
}

// blend adds codes the model is sure of and drops rule codes editors
// keep removing from similar drafts.
func (m *Model) blend(v *Vocabulary, topics []draft.Topic, text, lang string) []draft.Topic {
	words := wordSet(text)
	byCode := map[string]int{}
	for i, t := range topics {
		byCode[t.Code] = i
	}
	drop := map[string]bool{}
	var add []draft.Topic
	codes := make([]string, 0, len(m.Codes))
	for c := range m.Codes {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, code := range codes {
		s := m.Codes[code]
		c, ok := v.Concept(code)
		if !ok {
			continue // retired or unknown: never assigned
		}
		p := s.prob(words)
		qc := QCode(c.Code)
		_, have := byCode[qc]
		switch {
		case !have && s.Pos >= minPositives && p >= addAbove:
			add = append(add, draft.Topic{Code: qc, Label: c.Label(lang), Score: round3(p), Source: draft.TopicModel})
		case have && s.Removed >= minRemovals && p <= removeBelow:
			drop[qc] = true
		}
	}
	// A code stays while a kept code descends from it: a top-level code
	// stays with its specific ones.
	for _, t := range append(append([]draft.Topic{}, topics...), add...) {
		if drop[t.Code] {
			continue
		}
		for _, a := range v.Ancestors(t.Code) {
			delete(drop, QCode(a))
		}
	}
	out := make([]draft.Topic, 0, len(topics)+len(add))
	for _, t := range topics {
		if !drop[t.Code] {
			out = append(out, t)
		}
	}
	return corpusForm(v, append(out, add...), lang)
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }

// Marshal encodes the model for storage.
func (m *Model) Marshal() ([]byte, error) {
	b, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("tag: encode model: %w", err)
	}
	return b, nil
}

// UnmarshalModel decodes a stored model.
func UnmarshalModel(b []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("tag: decode model: %w", err)
	}
	if m.Codes == nil {
		m.Codes = map[string]*codeStats{}
	}
	return &m, nil
}
