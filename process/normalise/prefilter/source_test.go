package prefilter

import (
	"regexp"
	"regexp/syntax"
	"testing"
)

// sourcePatterns are patterns of the shapes the desk writes: case-folded
// cue words of several scripts behind classes that hold most of Unicode,
// negated and not, repeated, and classes (?i) leaves unfolded.
var sourcePatterns = []string{
	`(?i)(?:^|[^\p{L}\p{N}_])(?:out\s+of\s+office|je\s+suis\s+absente?|я\s+в\s+отпуске|λείπω|不在にしております)`,
	`(?i)^\W*(?:[\p{L}&]+\s+){0,3}(?:press|news)\s+release\b|\W*communiqu[ée]\b|\W*(?:no|ref)\.?\s*:?\s*\d`,
	`(?:^|[·•|,–-]\s*)(?:\p{L}[\p{L}.'’-]*\s+){1,4}\d{1,4}[a-zA-Z]?\s*[·•|,–-]\s*\p{Lu}\p{L}+`,
	`(?i)(?-i:[A-Z])ſtraße|\x{212A}elvin|[^\n]{2,5}\z|[^\x00-\x{10FFFF}]|(?s:.)+?`,
}

// TestSourceAsString: source writes each branch a pattern splits into as
// a pattern Go compiles to the same program as from re.String().
func TestSourceAsString(t *testing.T) {
	for _, expr := range sourcePatterns {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		parts := append([]*syntax.Regexp{tree}, tree.Sub...)
		for _, re := range parts {
			if got, want := program(t, source(re, map[*syntax.Regexp]string{})), program(t, re.String()); got != want {
				t.Errorf("%s: source compiles to\n%s\nString to\n%s", re, got, want)
			}
		}
	}
}

func program(t *testing.T, expr string) string {
	t.Helper()
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	prog, err := syntax.Compile(tree.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	return prog.String()
}

// costPattern: cue words of 19 initials, three each (Go's parser factors
// an alternation by its branches' first letters), behind a class of most
// of Unicode that every branch shares.
func costPattern() string {
	var alts []byte
	for _, first := range "bcdfghjklmnpqrstvwz" {
		for _, rest := range []string{"aurelionte", "ostimbrava", "elquindors"} {
			if len(alts) > 0 {
				alts = append(alts, '|')
			}
			alts = append(alts, string(first)+rest...)
		}
	}
	return `(?i)(?:^|[^\p{L}\p{N}_])(?:` + string(alts) + `)`
}

// TestSplitSharesClasses: the pattern is split into its branches, and
// each class is written once for all of them (source's written map), so
// splitting costs a few times compiling whole, not a reading of the class
// per branch. BenchmarkCompile measures the cost (19 times over before
// source; a timed assertion here failed under load).
func TestSplitSharesClasses(t *testing.T) {
	p := MustCompile(costPattern())
	if len(p.branches) < 19 {
		t.Fatal("the pattern was not split")
	}
	whole := regexp.MustCompile(costPattern())
	for _, s := range []string{"x baurelionte", "zelquindors", "Ωwostimbrava", "abaurelionte", "nothing"} {
		if p.MatchString(s) != whole.MatchString(s) {
			t.Errorf("%q: split and whole disagree", s)
		}
	}
}

func BenchmarkCompile(b *testing.B) {
	expr := costPattern()
	b.Run("whole", func(b *testing.B) {
		for range b.N {
			regexp.MustCompile(expr)
		}
	})
	b.Run("split", func(b *testing.B) {
		for range b.N {
			MustCompile(expr)
		}
	})
}

// TestSourceWritesLargeClassesByName: a class of most of Unicode is
// written by its Unicode classes, folded or not, so a branch's source
// (which regexp keeps) stays short; TestSourceAsString checks it still
// compiles to the same program.
func TestSourceWritesLargeClassesByName(t *testing.T) {
	for _, expr := range []string{`(?i)(?:^|[^\p{L}\p{N}_])abwesend`, `\p{Lu}\p{L}+ GmbH`, `(?i)[^\p{L}]x`} {
		tree, err := syntax.Parse(expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if s := source(tree, map[*syntax.Regexp]string{}); len(s) > 200 {
			t.Errorf("%s: source of %d bytes", expr, len(s))
		}
	}
}
