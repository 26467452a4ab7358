package dates

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestStartsAtSameMatches: a pattern tried only where a match can start
// finds what the unanchored pattern finds: at starts inside words,
// after letters, digits, underscores and non-ASCII letters, and in runs
// of adjacent matches.
func TestStartsAtSameMatches(t *testing.T) {
	for _, p := range startsAtCases {
		plain := unanchored(p)
		for _, s := range startsAtTexts {
			sameMatches(t, p, plain, s)
		}
	}
}

// FuzzStartsAt: the same on any text.
func FuzzStartsAt(f *testing.F) {
	for _, s := range startsAtTexts {
		f.Add(s)
	}
	type pair struct {
		p     startsAt
		plain *regexp.Regexp
	}
	var pairs []pair
	for _, p := range startsAtCases {
		pairs = append(pairs, pair{p, unanchored(p)})
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range pairs {
			sameMatches(t, p.p, p.plain, s)
		}
	})
}

// unanchored is the pattern as an unanchored regexp: \b where it has ^.
func unanchored(p startsAt) *regexp.Regexp {
	return regexp.MustCompile(strings.Replace(p.re.String(), "^", `\b`, 1))
}

func sameMatches(t *testing.T, p startsAt, plain *regexp.Regexp, s string) {
	t.Helper()
	for _, n := range []int{-1, 1, 2} {
		if got, want := p.FindAllStringSubmatchIndex(s, n), plain.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("%s on %q (n=%d): %v, want %v", plain, s, n, got, want)
		}
	}
	if got, want := p.FindStringSubmatchIndex(s), plain.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Errorf("%s on %q: %v, want %v", plain, s, got, want)
	}
}

var (
	// the date patterns tried only where they can start
	startsAtCases = []startsAt{dayMonthRE, monthDayRE, numericRE, yearFirstRE, yearMonthDayRE, yearDayMonthRE}
	startsAtTexts = []string{
		"", "7", "Signed on 4 March 2026 in Oslo.", "x4 March 2026", "_4 March", "é4 March 2026", "04.03.2026/05.03.2026",
		"1 2 3 4 May 5 June 6 July", "Deliveries 2026-03-04 and 2026/3/5, orders A12/10 and 12/10.", "3rd of april, de 2027", "٣ 4 April",
		"12.11.2025 12.11.2025 12.11.2025", "2025. 11. 12.", "version 10.4.1 of 20 May",
		"April 22, 2026", "SEPT. 15, 2025 and Oct 3", "on Maximilianstraße 12 since février  3", "xJune 3", "éJune 3", "Jun\t\t7th",
		"Σεπτεμβρίου 15", "जून 12", "a b 3 abc 4 abcdefghijklmnopq 5", "_May 4", "May4 June 5",
	}
)
