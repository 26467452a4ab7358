// Package prefilter runs a regular expression only on a text that holds
// one of the literal words every match of it must hold. Most of the
// normaliser's patterns list cue phrases of many languages and are
// unanchored, so Go's engine tries them at every byte of a paragraph;
// finding that the paragraph holds none of their words is a single pass.
// The answers are exactly the regexp's own: the words are derived from
// the pattern, never written by hand.
package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Regexp is a regexp.Regexp whose matching methods first test its words.
// Methods not redefined here run the pattern unfiltered.
type Regexp struct {
	*regexp.Regexp
	words *WordSet // nil: the pattern needs no word long enough to test
	// A large pattern's MatchString runs the branches of its alternation
	// one by one, each only on a text that holds one of its words.
	branches []*regexp.Regexp
	free     []int            // the branches that need no word
	need     map[string][]int // word → the branches that need it
	needs    *WordSet         // the keys of need
	// The finding methods of a split pattern without groups run the
	// pattern rebuilt of the branches a text may match: its program is
	// smaller, often small enough for Go's backtracker.
	tree   *syntax.Regexp // the parsed pattern
	at     int            // the split alternation's place in tree's concatenation; -1: tree is it
	narrow narrowed
	// An anchored pattern's MatchString runs only the branches that may
	// open in the text's first runes.
	starts *starts
}

// maxProg is the size of program above which a pattern is split into its
// branches: Go runs larger programs on its NFA, which carries every
// branch through each byte it reads, never on the faster backtracker.
const maxProg = 500

// minWord is the shortest word worth testing for: shorter ones are in
// nearly every paragraph.
const minWord = 3

// MustCompile is regexp.MustCompile with the pattern's words.
func MustCompile(expr string) *Regexp {
	re := &Regexp{Regexp: regexp.MustCompile(expr)}
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic("prefilter: " + err.Error())
	}
	// An anchored pattern reads only the text's first bytes, where a
	// test of its words would read all of them.
	anchored := tree.Op == syntax.OpBeginText || tree.Op == syntax.OpConcat && tree.Sub[0].Op == syntax.OpBeginText
	if anchored {
		re.starts = newStarts(tree)
	}
	if ws, ok := needs(tree); ok && !anchored {
		re.words = NewWordSet(ws)
	}
	if prog, err := syntax.Compile(tree.Simplify()); err == nil && len(prog.Inst) > maxProg && !anchored {
		re.split(tree)
	}
	return re
}

// split makes a pattern whose top level is an alternation, or a
// concatenation around one, into one pattern for each branch: it
// matches a text whenever one of them does. Each branch runs only on a
// text that holds one of its own words. Of a concatenation's
// alternations the one with the most branches is split: a leading
// (?:^|\W) would leave each half as large as the whole. (Splitting an
// anchored pattern gains nothing: its branches die within the first
// bytes.)
func (re *Regexp) split(tree *syntax.Regexp) {
	var branches []*syntax.Regexp
	at := -1
	switch {
	case tree.Op == syntax.OpAlternate:
		branches = tree.Sub
	case tree.Op == syntax.OpConcat:
		for i, sub := range tree.Sub {
			if sub.Op == syntax.OpAlternate && (at < 0 || len(sub.Sub) > len(tree.Sub[at].Sub)) {
				at = i
			}
		}
		if at < 0 {
			break
		}
		for _, b := range tree.Sub[at].Sub {
			parts := append(append(slices.Clone(tree.Sub[:at]), b), tree.Sub[at+1:]...)
			branches = append(branches, &syntax.Regexp{Op: syntax.OpConcat, Flags: tree.Flags, Sub: parts})
		}
	}
	if len(branches) < 2 {
		return
	}
	re.tree, re.at = tree, at
	re.need = map[string][]int{}
	var all []string
	written := map[*syntax.Regexp]string{}
	for i, b := range branches {
		re.branches = append(re.branches, compile(b, written))
		ws, ok := needs(b)
		if !ok {
			re.free = append(re.free, i)
			continue
		}
		for _, w := range ws {
			if re.need[w] == nil {
				all = append(all, w)
			}
			re.need[w] = append(re.need[w], i)
		}
	}
	re.needs = NewWordSet(all)
}

// Words are the folded words one of which every match holds, nil when
// the pattern needs none: for tests.
func (re *Regexp) Words() []string {
	if re.words == nil {
		return nil
	}
	return re.words.list
}

// MayMatch says whether s holds one of the pattern's words; of an
// anchored pattern, whether it matches s at all (it can match nowhere
// else than at s's start, so the methods that find or replace need not
// search the rest of s once its first runes rule it out).
func (re *Regexp) MayMatch(s string) bool {
	if re.starts != nil {
		return re.starts.MatchString(s)
	}
	return re.words == nil || re.words.Any(Fold(s), func(int, string) bool { return true })
}

func (re *Regexp) MatchString(s string) bool {
	if re.starts != nil {
		return re.starts.MatchString(s)
	}
	if re.branches == nil {
		return re.MayMatch(s) && re.Regexp.MatchString(s)
	}
	for _, i := range re.free {
		if re.branches[i].MatchString(s) {
			return true
		}
	}
	if len(re.need) == 0 {
		return false
	}
	tried := make([]bool, len(re.branches))
	return re.needs.Any(Fold(s), func(_ int, w string) bool {
		for _, i := range re.need[w] {
			if !tried[i] {
				tried[i] = true
				if re.branches[i].MatchString(s) {
					return true
				}
			}
		}
		return false
	})
}

func (re *Regexp) FindString(s string) string {
	rx := re.engine(s)
	if rx == nil {
		return ""
	}
	return rx.FindString(s)
}

func (re *Regexp) FindStringIndex(s string) []int {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindStringIndex(s)
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindStringSubmatch(s)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindStringSubmatchIndex(s)
}

func (re *Regexp) FindAllString(s string, n int) []string {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindAllString(s, n)
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindAllStringIndex(s, n)
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindAllStringSubmatch(s, n)
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	rx := re.engine(s)
	if rx == nil {
		return nil
	}
	return rx.FindAllStringSubmatchIndex(s, n)
}

func (re *Regexp) ReplaceAllString(src, repl string) string {
	if !re.MayMatch(src) {
		return src
	}
	return re.Regexp.ReplaceAllString(src, repl)
}

// WordByte says whether c is an ASCII letter, digit or underscore: what
// \b tells from the rest (a byte of a multi-byte rune is none).
func WordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_'
}

// needs returns words, folded, one of which every match of re holds, and
// whether there are such words of at least minWord bytes. A concatenation
// needs what its most demanding part needs, an alternation what any of
// its branches needs.
func needs(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		w := Fold(string(re.Rune))
		return []string{w}, len(w) >= minWord
	case syntax.OpCapture, syntax.OpPlus:
		return needs(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needs(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if ws, ok := needs(sub); ok && (best == nil || shortest(ws) > shortest(best)) {
				best = ws
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			ws, ok := needs(sub)
			if !ok {
				return nil, false
			}
			all = append(all, ws...)
		}
		return all, true
	}
	return nil, false
}

func shortest(ws []string) int {
	n := len(ws[0])
	for _, w := range ws[1:] {
		n = min(n, len(w))
	}
	return n
}

// WordSet finds which of its words a text holds in one pass over it: the
// words are indexed by their first two bytes.
type WordSet struct {
	pairs [1 << 16 / 64]uint64 // the first two bytes of some word
	words map[uint16][]string  // by their first two bytes
	list  []string
}

// NewWordSet indexes words, each at least two bytes long.
func NewWordSet(words []string) *WordSet {
	ws := &WordSet{words: map[uint16][]string{}, list: words}
	for _, w := range words {
		if len(w) < 2 {
			panic("prefilter: word set: " + strconv.Quote(w) + " is shorter than two bytes")
		}
		k := uint16(w[0])<<8 | uint16(w[1])
		ws.pairs[k/64] |= 1 << (k % 64)
		ws.words[k] = append(ws.words[k], w)
	}
	return ws
}

// Any calls f with each word of the set that s holds and where (the
// first place first), until f returns true, and says whether it did.
func (ws *WordSet) Any(s string, f func(i int, w string) bool) bool {
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

// Fold maps every letter to one of the letters a case-insensitive
// pattern takes for it (the least of its simple case-folding orbit, and
// a lowercase ASCII letter for one that has such a letter in its orbit:
// "ſ" and "S" are "s", "K" (Kelvin) is "k"), so a text holds a word
// folded whenever (?i) finds the word in it.
func Fold(s string) string {
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
