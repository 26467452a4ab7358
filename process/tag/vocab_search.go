package tag

import (
	"cmp"
	"slices"
	"strings"
)

// Search lists up to limit concepts whose code or a label (any language)
// contains q, case-insensitively: the desk's tag autocomplete. Concepts
// where q starts the code or a word of a label come first, then by code.
func (v *Vocabulary) Search(q string, limit int) []*Concept {
	q = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(q), "medtop:"))
	if q == "" || limit <= 0 {
		return nil
	}
	type hit struct {
		c    *Concept
		rank int // 0: a prefix of the code or of a label's word; 1: inside
	}
	var hits []hit
	for _, c := range v.concepts {
		if r, ok := matchRank(c, q); ok {
			hits = append(hits, hit{c, r})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), cmp.Compare(a.c.Code, b.c.Code))
	})
	out := make([]*Concept, 0, min(limit, len(hits)))
	for _, h := range hits[:min(limit, len(hits))] {
		out = append(out, h.c)
	}
	return out
}

func matchRank(c *Concept, q string) (int, bool) {
	if strings.HasPrefix(c.Code, q) {
		return 0, true
	}
	found := strings.Contains(c.Code, q)
	for _, l := range c.Labels {
		l = strings.ToLower(l)
		i := strings.Index(l, q)
		if i == 0 || i > 0 && l[i-1] == ' ' {
			return 0, true
		}
		found = found || i > 0
	}
	return 1, found
}
