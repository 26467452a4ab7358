package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
)

// compile compiles a part of a parsed pattern (a branch) as a pattern of
// its own. written holds the classes source wrote for the pattern's
// other parts, which share them.
func compile(re *syntax.Regexp, written map[*syntax.Regexp]string) *regexp.Regexp {
	return regexp.MustCompile(source(re, written))
}

// source is re.String() with its character classes written out here.
// String reads every rune of a class to decide whether (?i) may be
// written around it (regexp/syntax's calcFlags calls unicode.SimpleFold
// for each of them), and the classes of the desk's patterns
// ([^\p{L}\p{N}_], [\p{L}&]) hold most of Unicode: splitting autoBody
// into its fifty branches cost 200 ms at every start, in each branch's
// copy of its leading class. Each class becomes a placeholder rune that
// String writes as \x{…}, then its ranges, in (?-i:…) so that no (?i)
// around it folds them again.
func source(re *syntax.Regexp, written map[*syntax.Regexp]string) string {
	var classes []*syntax.Regexp
	s := withPlaceholders(re, &classes).String()
	if len(classes) == 0 {
		return s
	}
	pairs := make([]string, 0, 2*len(classes))
	for i, c := range classes {
		if _, ok := written[c]; !ok {
			written[c] = classSource(c.Rune)
		}
		pairs = append(pairs, `\x{`+strconv.FormatInt(int64(placeholder+i), 16)+`}`, written[c])
	}
	return strings.NewReplacer(pairs...).Replace(s)
}

// placeholder is the first of the runes that stand for classes: plane
// 16's private use area, which no pattern of the desk names (one that
// did would panic).
const placeholder = 0x10F000

func withPlaceholders(re *syntax.Regexp, classes *[]*syntax.Regexp) *syntax.Regexp {
	if re.Op == syntax.OpLiteral && slices.ContainsFunc(re.Rune, func(r rune) bool { return r >= placeholder }) {
		panic("prefilter: a pattern names a rune of plane 16's private use area: " + re.String())
	}
	if re.Op == syntax.OpCharClass {
		*classes = append(*classes, re)
		return &syntax.Regexp{Op: syntax.OpLiteral, Rune: []rune{rune(placeholder + len(*classes) - 1)}}
	}
	if len(re.Sub) == 0 {
		return re
	}
	out := *re
	out.Sub = make([]*syntax.Regexp, len(re.Sub))
	for i, sub := range re.Sub {
		out.Sub[i] = withPlaceholders(sub, classes)
	}
	return &out
}

// classSource writes the lo, hi pairs of a class as a class, each rune
// escaped, or by its Unicode classes when it is one of compactClasses:
// regexp keeps every pattern's source, and a branch that wrote out
// [^\p{L}\p{N}_] kept ten kilobytes of it.
func classSource(ranges []rune) string {
	if len(ranges) == 0 {
		return `(?-i:[^\x00-\x{10FFFF}])`
	}
	if c, ok := compactClasses[rangeKey(ranges)]; ok {
		return c
	}
	var b strings.Builder
	b.WriteString("(?-i:[")
	for i := 0; i < len(ranges); i += 2 {
		b.WriteString(`\x{` + strconv.FormatInt(int64(ranges[i]), 16) + `}`)
		if ranges[i+1] != ranges[i] {
			b.WriteString(`-\x{` + strconv.FormatInt(int64(ranges[i+1]), 16) + `}`)
		}
	}
	b.WriteString("])")
	return b.String()
}

// compactClasses are the large classes of the desk's patterns, by the
// key of their ranges, written as Unicode classes, as they are and folded
// by (?i) (which adds a few runes: "ſ", "K"); any other class is written
// rune by rune.
var compactClasses = func() map[string]string {
	m := map[string]string{}
	for _, c := range []string{
		`\p{L}`, `\P{L}`, `\p{Lu}`, `\p{Ll}`, `[\p{Lu}\p{Ll}]`, `[^\p{L}]`, `[^\p{L}\p{N}]`, `[^\p{L}\p{N}_]`, `[^\p{L}\d]`, `[^\p{L}\p{N}\p{M}]`,
		`[^\p{L}\p{M}]`, `[\p{L}\p{N}]`, `[\p{L}\p{N}_]`, `[\p{L}\p{M}]`, `[\p{L}&]`, `[\p{L}-]`, `[\p{L}'’-]`, `[\p{L}.'’-]`, `[\p{L}'’&.-]`,
		`[^\p{L}\p{N}\s]`, `[^\p{L}\s]`, `\p{N}`, `[^\p{L}\p{N}_.+-]`, `[^\w.+-]`,
	} {
		for _, flags := range []string{"-i", "i"} {
			re, err := syntax.Parse("(?"+flags+":"+c+")", syntax.Perl)
			if err != nil {
				panic(err)
			}
			if re.Op == syntax.OpCharClass {
				m[rangeKey(re.Rune)] = "(?" + flags + ":" + c + ")"
			}
		}
	}
	return m
}()

// rangeKey is a class's lo, hi pairs as a map key.
func rangeKey(ranges []rune) string {
	var b strings.Builder
	for _, r := range ranges {
		b.WriteString(strconv.FormatInt(int64(r), 36))
		b.WriteByte(',')
	}
	return b.String()
}
