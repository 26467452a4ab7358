package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
)

// narrowed are a split pattern's rebuildings of some of its branches, by
// the set of them; at most maxNarrowed sets are kept.
type narrowed struct {
	mu sync.Mutex
	m  map[string]*regexp.Regexp
}

const maxNarrowed = 256

// engine is the regexp to run on s: nil when s holds none of the words
// every match needs (of an anchored pattern: when it fails at s's start);
// of a split pattern without groups, the pattern rebuilt of the branches
// s may match, which finds what the whole finds, since the branches left
// out match nowhere in s; else the whole pattern.
func (re *Regexp) engine(s string) *regexp.Regexp {
	if re.branches == nil || re.NumSubexp() > 0 {
		if !re.MayMatch(s) {
			return nil
		}
		return re.Regexp
	}
	keep := re.mayMatch(s)
	switch len(keep) {
	case 0:
		return nil
	case len(re.branches):
		return re.Regexp
	}
	return re.narrow.of(re, keep)
}

// mayMatch lists, in order, the branches that s may match: those that
// need no word and those whose words it holds.
func (re *Regexp) mayMatch(s string) []int {
	may := make([]bool, len(re.branches))
	for _, i := range re.free {
		may[i] = true
	}
	re.needs.Any(Fold(s), func(_ int, w string) bool {
		for _, i := range re.need[w] {
			may[i] = true
		}
		return false
	})
	var keep []int
	for i, ok := range may {
		if ok {
			keep = append(keep, i)
		}
	}
	return keep
}

// of is the pattern rebuilt of the branches keep, compiled once; the
// whole pattern once maxNarrowed sets are kept.
func (n *narrowed) of(re *Regexp, keep []int) *regexp.Regexp {
	key := make([]byte, 0, 2*len(keep))
	for _, i := range keep {
		key = append(key, byte(i>>8), byte(i))
	}
	n.mu.Lock()
	rx, ok := n.m[string(key)]
	full := len(n.m) >= maxNarrowed
	n.mu.Unlock()
	if ok {
		return rx
	}
	if full {
		return re.Regexp
	}
	rx = compile(re.rebuilt(keep), map[*syntax.Regexp]string{})
	n.mu.Lock()
	if n.m == nil {
		n.m = map[string]*regexp.Regexp{}
	}
	n.m[string(key)] = rx
	n.mu.Unlock()
	return rx
}

// rebuilt is the parsed pattern with only the branches keep left in its
// split alternation.
func (re *Regexp) rebuilt(keep []int) *syntax.Regexp {
	alt := re.tree
	if re.at >= 0 {
		alt = re.tree.Sub[re.at]
	}
	part := alt.Sub[keep[0]]
	if len(keep) > 1 {
		part = &syntax.Regexp{Op: syntax.OpAlternate, Flags: alt.Flags}
		for _, i := range keep {
			part.Sub = append(part.Sub, alt.Sub[i])
		}
	}
	if re.at < 0 {
		return part
	}
	out := *re.tree
	out.Sub = slices.Clone(re.tree.Sub)
	out.Sub[re.at] = part
	return &out
}
