package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// starts splits an anchored pattern, ^C*(?:A|B|…)T (C a character class
// such as \W, optional), into one pattern per branch, ^C*AT, ^C*BT, …,
// and knows which runes each branch's own text (AT, BT) can open with.
// Every match opens that text somewhere in the leading run of C, or on
// the first rune past it, so a branch none of whose first runes is there
// cannot match: most texts rule out all branches after reading a few
// bytes, where Go's engine carries every branch through the start of the
// text (the multilingual labels run on the NFA, their programs being
// too large for the backtracker).
type starts struct {
	lead     *syntax.Regexp   // C, a character class; nil: none
	branches []*regexp.Regexp // ^C*AT, …
	trees    []*syntax.Regexp // C*AT, …, for reach
	always   uint64           // branches that can open with the empty string
	ascii    [utf8.RuneSelf]uint64
	wide     []wideStart // non-ASCII first runes
}

type wideStart struct {
	ranges []rune // lo, hi pairs
	bit    uint64
}

// maxStarts bounds the branches, one bit of a mask each.
const maxStarts = 64

// newStarts returns nil when tree is not of the shape above or a branch
// can open with any rune.
func newStarts(tree *syntax.Regexp) *starts {
	if tree.Op != syntax.OpConcat || len(tree.Sub) < 2 || tree.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	rest := tree.Sub[1:]
	var lead *syntax.Regexp
	if leadClass(rest[0]) {
		lead, rest = rest[0], rest[1:]
	}
	if len(rest) == 0 {
		return nil
	}
	alts := [][]*syntax.Regexp{rest}
	if rest[0].Op == syntax.OpAlternate {
		alts = nil
		for _, b := range rest[0].Sub {
			alts = append(alts, append([]*syntax.Regexp{b}, rest[1:]...))
		}
	}
	// Branches with their own leading run, ^(?:\W*A|\W*B): the runs must
	// be alike to be read once.
	if lead == nil && len(alts) > 1 {
		for i, a := range alts {
			if !leadClass(a[0]) || len(a) < 2 || i > 0 && !a[0].Equal(alts[0][0]) {
				break
			}
			if i == len(alts)-1 {
				lead = alts[0][0]
				for j := range alts {
					alts[j] = alts[j][1:]
				}
			}
		}
	}
	if len(alts) > maxStarts {
		return nil
	}
	s := &starts{lead: lead}
	written := map[*syntax.Regexp]string{}
	for i, a := range alts {
		bit := uint64(1) << i
		ranges, empty, ok := firstRunes(&syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: a})
		if !ok {
			return nil
		}
		if empty {
			s.always |= bit
		}
		var wide []rune
		for j := 0; j < len(ranges); j += 2 {
			for r := ranges[j]; r <= ranges[j+1] && r < utf8.RuneSelf; r++ {
				s.ascii[r] |= bit
			}
			if ranges[j+1] >= utf8.RuneSelf {
				wide = append(wide, max(ranges[j], utf8.RuneSelf), ranges[j+1])
			}
		}
		if wide != nil {
			s.wide = append(s.wide, wideStart{ranges: canon(wide), bit: bit})
		}
		parts := []*syntax.Regexp{tree.Sub[0]}
		if lead != nil {
			parts = append(parts, lead)
		}
		b := &syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: append(parts, a...)}
		s.branches = append(s.branches, compile(b, written))
		s.trees = append(s.trees, &syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: b.Sub[1:]})
	}
	return s
}

// leadClass says whether re is C* for a character class C.
func leadClass(re *syntax.Regexp) bool {
	return re.Op == syntax.OpStar && re.Sub[0].Op == syntax.OpCharClass
}

// MatchString says whether one of the branches that may open in s's
// first runes matches s.
func (s *starts) MatchString(t string) bool {
	mask := s.always
	for i := 0; ; {
		if i == len(t) {
			break
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if r < utf8.RuneSelf {
			mask |= s.ascii[r]
		} else {
			for _, w := range s.wide {
				if inRanges(w.ranges, r) {
					mask |= w.bit
				}
			}
		}
		if s.lead == nil || !inRanges(s.lead.Sub[0].Rune, r) {
			break
		}
		i += n
	}
	for i, b := range s.branches {
		if mask&(1<<i) == 0 {
			continue
		}
		u := t
		if len(t) > maxReach {
			// The rune after the farthest reach is the look-ahead's.
			u = t[:runes(t, reach(s.trees[i], t, 0), 1)]
		}
		if b.MatchString(u) {
			return true
		}
	}
	return false
}

// canon sorts lo, hi pairs and merges those that overlap or touch, as
// inRanges's binary search needs.
func canon(ranges []rune) []rune {
	pairs := make([][2]rune, 0, len(ranges)/2)
	for j := 0; j < len(ranges); j += 2 {
		pairs = append(pairs, [2]rune{ranges[j], ranges[j+1]})
	}
	slices.SortFunc(pairs, func(a, b [2]rune) int { return int(a[0] - b[0]) })
	var out []rune
	for _, p := range pairs {
		if n := len(out); n > 0 && p[0] <= out[n-1]+1 {
			out[n-1] = max(out[n-1], p[1])
			continue
		}
		out = append(out, p[0], p[1])
	}
	return out
}

// inRanges says whether r is in ranges, sorted lo, hi pairs.
func inRanges(ranges []rune, r rune) bool {
	if len(ranges) > 16 { // \p{L}: hundreds of ranges
		i, _ := slices.BinarySearch(ranges, r)
		return i < len(ranges) && (i%2 == 1 || ranges[i] == r)
	}
	for j := 0; j < len(ranges); j += 2 {
		if ranges[j] <= r && r <= ranges[j+1] {
			return true
		}
	}
	return false
}

// firstRunes returns the runes (lo, hi pairs) a match of re can open
// with, whether re matches the empty string (assertions count as empty:
// they only narrow), and false when any rune can open it.
func firstRunes(re *syntax.Regexp) (ranges []rune, empty, ok bool) {
	switch re.Op {
	case syntax.OpNoMatch:
		return nil, false, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		r := re.Rune[0]
		ranges = []rune{r, r}
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				ranges = append(ranges, f, f)
			}
		}
		return ranges, false, true
	case syntax.OpCharClass:
		return slices.Clone(re.Rune), false, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstRunes(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest:
		ranges, _, ok = firstRunes(re.Sub[0])
		return ranges, true, ok
	case syntax.OpRepeat:
		ranges, empty, ok = firstRunes(re.Sub[0])
		return ranges, empty || re.Min == 0, ok
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			rs, e, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			ranges = append(ranges, rs...)
			if !e {
				return ranges, false, true
			}
		}
		return ranges, true, true
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			rs, e, ok := firstRunes(sub)
			if !ok {
				return nil, false, false
			}
			ranges, empty = append(ranges, rs...), empty || e
		}
		return ranges, empty, true
	}
	return nil, false, false // any character
}

// Anchored says whether MatchString runs the branches of an anchored
// pattern by their opening runes: for tests.
func (re *Regexp) Anchored() bool { return re.starts != nil }

// reach returns a position in t no match of re started at or before
// from can read past but for one rune of look-ahead (\b, $). A match of
// an anchored branch lies within the text's first words, so the branch
// runs on that prefix only: Go's backtracker clears a bitmap as long as
// the text it is given, and its answers are the same on a prefix that
// ends a rune past every position a match can reach.
func reach(re *syntax.Regexp, t string, from int) int {
	switch re.Op {
	case syntax.OpLiteral:
		return runes(t, from, len(re.Rune))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return runes(t, from, 1)
	case syntax.OpCapture, syntax.OpQuest:
		return reach(re.Sub[0], t, from)
	case syntax.OpStar, syntax.OpPlus:
		if re.Sub[0].Op == syntax.OpCharClass {
			for from < len(t) {
				if from > maxReach {
					return len(t)
				}
				r, n := utf8.DecodeRuneInString(t[from:])
				if !inRanges(re.Sub[0].Rune, r) {
					break
				}
				from += n
			}
			return from
		}
		return repeatReach(re.Sub[0], t, from, -1)
	case syntax.OpRepeat:
		return repeatReach(re.Sub[0], t, from, re.Max)
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			from = reach(sub, t, from)
		}
		return from
	case syntax.OpAlternate:
		far := from
		for _, sub := range re.Sub {
			far = max(far, reach(sub, t, from))
		}
		return far
	}
	return from // empty-width
}

// maxReach is how far reach follows a repetition before it gives up and
// answers the text's end: a match that long is not a label.
const maxReach = 256

// repeatReach applies sub at most n times (n < 0: until it reaches no
// further).
func repeatReach(sub *syntax.Regexp, t string, from, n int) int {
	for ; n != 0; n-- {
		if from > maxReach {
			return len(t)
		}
		next := reach(sub, t, from)
		if next == from {
			break
		}
		from = next
	}
	return from
}

// runes is the position n runes past from in t, or t's end.
func runes(t string, from, n int) int {
	for ; n > 0 && from < len(t); n-- {
		_, size := utf8.DecodeRuneInString(t[from:])
		from += size
	}
	return from
}
