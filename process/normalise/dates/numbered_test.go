package dates

import (
	"regexp"
	"slices"
	"testing"
)

// TestNumberedSameMatches: a numbered pattern finds what the unanchored
// pattern finds, at number starts inside words, after letters, digits,
// underscores and non-ASCII letters, and in runs of adjacent matches.
func TestNumberedSameMatches(t *testing.T) {
	exprs := [][2]string{
		{`(?i)`, `(\d{1,2})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+|of\s+)?` + monthRE + `(?:,?\s+(?:de\s+)?(\d{4}))?`},
		{``, `(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?\b`},
		{``, `(\d{4})(?:\.\s?|\s?[-/]\s?)(\d{1,2})\s?[-./]\s?(\d{1,2})\b`},
	}
	texts := []string{
		"", "7", "Signed on 4 March 2026 in Oslo.", "x4 March 2026", "_4 March", "é4 March 2026", "04.03.2026/05.03.2026",
		"1 2 3 4 May 5 June 6 July", "Deliveries 2026-03-04 and 2026/3/5, orders A12/10 and 12/10.", "3rd of april, de 2027", "٣ 4 April",
		"12.11.2025 12.11.2025 12.11.2025", "2025. 11. 12.", "version 10.4.1 of 20 May",
	}
	for _, e := range exprs {
		p, plain := numberPattern(e[0], e[1]), regexp.MustCompile(e[0]+`\b`+e[1])
		for _, s := range texts {
			for _, n := range []int{-1, 1, 2} {
				if got, want := p.FindAllStringSubmatchIndex(s, n), plain.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
					t.Errorf("%s on %q (n=%d): %v, want %v", e[1], s, n, got, want)
				}
			}
			if got, want := p.FindStringSubmatchIndex(s), plain.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Errorf("%s on %q: %v, want %v", e[1], s, got, want)
			}
		}
	}
}
