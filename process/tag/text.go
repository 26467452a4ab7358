package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokens splits text into lower-case word tokens for topic matching and
// fingerprints. Scripts written without spaces (Han, Kana, Thai) give one
// token per character, so phrases in them match as character runs; so
// does Hangul, whose particles attach to the word before.
func tokens(s string) []string {
	out := make([]string, 0, len(s)/6) // about one word in six bytes of prose
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, stem(strings.ToLower(s[start:end])))
			start = -1
		}
	}
	for i, r := range s {
		switch {
		case unspaced(r):
			flush(i)
			out = append(out, string(r))
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case (r == '-' || r == '\'' || r == '’') && start >= 0:
			// keep "de-escalate", "l'air" whole; a trailing one is cut below
		default:
			flush(i)
		}
	}
	flush(len(s))
	for i, t := range out {
		if t != "" {
			if c := t[len(t)-1]; c == '-' || c == '\'' || c == 0x99 { // 0x99 ends "’"
				out[i] = strings.TrimRight(t, "-'’")
			}
		}
	}
	return out
}

// stem removes a plural "s" from longer Latin-script words: enough for
// "troops" to meet "troop" without a language's full stemmer.
func stem(w string) string {
	if len(w) > 4 && w[len(w)-1] == 's' && w[len(w)-2] != 's' {
		return w[:len(w)-1]
	}
	return w
}

// unspaced says whether r is of a script written without spaces between
// words. The table lookups are skipped below Thai, the first of them
// (TestUnspacedBelowThai): most text is Latin.
func unspaced(r rune) bool {
	return r >= unspacedFrom && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

const unspacedFrom = '\u0e00' // Thai block

// firstRune is the first character of s, utf8.RuneError for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
