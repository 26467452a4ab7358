package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string // nil: no filter
	}{
		// A concatenation needs its longest part; case folds.
		{`(?i)\bout\s+of\s+Office\b`, []string{"office"}},
		// An alternation needs any of its branches.
		{`(?i)(?:holiday|vacation|leave)`, []string{"holiday", "vacation", "leave"}},
		// A branch with no word of its own leaves nothing to test.
		{`(?i)(?:holiday|\d+)`, nil},
		// Optional parts are not needed; repeated ones are.
		{`(?:annual\s+)?leave`, []string{"leave"}},
		{`(?:embargo\s*)+`, []string{"embargo"}},
		{`(?:embargo\s*){0,2}`, nil},
		// Words shorter than three bytes are in every text.
		{`(?i)\b(?:on|in)\b`, nil},
		// Folding is per orbit: the Kelvin sign and K fold alike.
		{"(?i)\u212Aelvin", []string{"kelvin"}},
	} {
		got := MustCompile(c.expr).Words()
		slices.Sort(got)
		slices.Sort(c.want)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: words %q, want %q", c.expr, got, c.want)
		}
	}
}

// TestSameAnswers: the filtered pattern answers as the plain one on texts
// that hold its words in other cases, scripts and spellings, or do not.
func TestSameAnswers(t *testing.T) {
	exprs := []string{
		`(?i)\b(?:i\s+am|i'm)\s+(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+)?leave)`,
		`(?:[Oo]n\s+behalf\s+of|[Aa]u\s+nom\s+d[eu])\s+(\p{Lu}\p{L}*)`,
		`(?i)(?:über|straße|ΣΧΕΤΙΚΆ)\s+\w+`,
		"(?i)\u212Aelvin|ſtop",
	}
	texts := []string{
		"", "I am out of the office until Monday.", "I'M ON ANNUAL LEAVE", "i am on leave",
		"We write on behalf of Acme Defence.", "Au nom du Ministère", "on behalf of the client",
		"ÜBER UNS", "Strasse", "STRASSE Nord", "σχετικά με", "Σχετικά Με", "kelvin", "KELVIN", "\u212Aelvin", "STOP", "ſtop",
		"invalid \xff bytes über alles", "no cue at all in this paragraph",
	}
	for _, e := range exprs {
		re, plain := MustCompile(e), regexp.MustCompile(e)
		if re.Words() == nil {
			t.Errorf("%s: no words", e)
		}
		for _, s := range texts {
			for _, s := range []string{s, strings.ToUpper(s), strings.ToLower(s)} {
				if got, want := re.FindAllStringSubmatchIndex(s, -1), plain.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s on %q: %v, want %v", e, s, got, want)
				}
			}
		}
	}
}

func TestWordSet(t *testing.T) {
	ws := NewWordSet([]string{"embarg", "sperrfrist", "ab"})
	var found []string
	ws.Any("ab ... sperrfrist und embargo", func(i int, w string) bool {
		found = append(found, w)
		return false
	})
	if want := []string{"ab", "sperrfrist", "embarg"}; !slices.Equal(found, want) {
		t.Errorf("found %q, want %q", found, want)
	}
}

// TestSplitSameAnswers: patterns too large for Go's backtracker run
// branch by branch and answer as the whole pattern does, with branches
// that need no word too.
func TestSplitSameAnswers(t *testing.T) {
	var cues []string
	for _, w := range strings.Fields("attaché spokesperson director officer manager adviser analyst secretary minister general admiral colonel commander chief head deputy assistant coordinator liaison representative counsellor inspector envoy delegate") {
		cues = append(cues, w+`(?:s|\s+(?:of|for)\s+\p{Lu}\p{L}+)?`)
	}
	alts := strings.Join(cues, "|")
	exprs := []string{
		`(?i)\b(?:` + alts + `)\b`,
		`(?i)(?:` + alts + `|\d{3}\s\d{4})`,
		`(?i)(?:^|[^\p{L}])(?:` + alts + `)`, // split at the cues, not at (?:^|…)
	}
	texts := []string{
		"", "Spokesperson:", "  -- Director of Communications, Acme", "The Chief of Defence spoke.", "No. 42:", "call 555 0100",
		"ATTACHÉ", "attachés", "He was a deputy", "nothing to see", "Head", "heads of state", "Ministers:",
		"-Deputy Head of Mission and the Chief", "adviser/analyst 555 0100, envoy", " director directors of Ports",
	}
	for _, e := range exprs {
		re, plain := MustCompile(e), regexp.MustCompile(e)
		if len(re.branches) <= 2 { // the parser merges some cues' common prefixes
			prog, _ := syntax.Compile(mustParse(e).Simplify())
			t.Fatalf("%s: split in %d, not at its cues (%d instructions)", e, len(re.branches), len(prog.Inst))
		}
		for _, s := range texts {
			for _, s := range []string{s, strings.ToUpper(s), "Re: " + s} {
				if got, want := re.MatchString(s), plain.MatchString(s); got != want {
					t.Errorf("%s on %q: %v, want %v", e, s, got, want)
				}
				if got, want := re.FindAllStringIndex(s, -1), plain.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s.FindAllStringIndex(%q) = %v, want %v", e, s, got, want)
				}
			}
		}
		// A text's finding runs the branches it may match, not the whole.
		if rx := re.engine("the Deputy and the Envoy"); rx == nil || len(rx.String()) >= len(re.String()) {
			t.Errorf("%s: finding in a text with two cues runs %v", e, rx)
		}
	}
}

func mustParse(e string) *syntax.Regexp {
	re, err := syntax.Parse(e, syntax.Perl)
	if err != nil {
		panic(err)
	}
	return re
}

// TestAnchoredFindSameAnswers: an anchored pattern's finding and
// replacing methods answer as the plain pattern's, on texts its first
// runes rule out and on texts it matches.
func TestAnchoredFindSameAnswers(t *testing.T) {
	exprs := []string{
		`^(?:(?:Mr|Mrs|Dr|Prof)\.?\s+)+`,
		`(?i)^\W*(?:tel|phone|mob(?:ile)?|ΤΗΛ)\s*[.:]\s*(\d+)`,
		`(?i)^[\s*-]*(?:ſincerely|regards|saludos)\b`,
	}
	texts := []string{
		"", " ", "Dr. Dr. Jane Roe", "Prof Mr Smith", "Jane Roe, Dr.", "drs. Roe",
		"Tel.: 555", "  -- MOBILE: 0700 and tel: 1", "τηλ: 210", "call tel: 555",
		"Sincerely,", "* * Regards", "SALUDOS", "with regards", "\xffregards",
	}
	for _, e := range exprs {
		re, plain := MustCompile(e), regexp.MustCompile(e)
		if !re.Anchored() {
			t.Fatalf("%s: not read by its opening runes", e)
		}
		for _, s := range texts {
			if got, want := re.FindStringSubmatchIndex(s), plain.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s.FindStringSubmatchIndex(%q) = %v, want %v", e, s, got, want)
			}
			if got, want := re.ReplaceAllString(s, "<$0>"), plain.ReplaceAllString(s, "<$0>"); got != want {
				t.Errorf("%s.ReplaceAllString(%q) = %q, want %q", e, s, got, want)
			}
		}
	}
}
