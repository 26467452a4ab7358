package embargo

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// HasKey is EmbargoKey.MatchString(t), with the pattern run only on text
// that holds a word one of its branches needs. Most paragraphs hold none,
// and the pattern, unanchored, costs far more per byte than a search for
// a few words.
func HasKey(t string) bool {
	return mayHoldKey(t) && EmbargoKey.MatchString(t)
}

// keyWords are what each branch of EmbargoKey needs, one of them per
// branch: keep them in step with it (FuzzHasKey compares the two). The
// "not … before/until/prior to" branch needs two words, in notKeyWords.
var (
	keyWords = foldAll("embargo", "sperrfrist", "release", "publication", "мбарго", "解禁", "엠바고",
		"permitid", "autoriz", "autoris", "allowed", "permitted", "erlaubt", "consentita",
		"publicar", "divulgar", "difundir", "publier", "diffuser", "ffentlichen", "pubblicare")
	notKeyWords = foldAll("before", "till", "prior")
	notWord     = fold("not")
)

func mayHoldKey(t string) bool {
	f := fold(t)
	for _, w := range keyWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	if !strings.Contains(f, notWord) {
		return false
	}
	for _, w := range notKeyWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// fold maps every rune to the least rune of its case-folding orbit, so
// that two strings are equal under fold exactly when (?i) matches one
// with the other ("ſ" and "s" both become "S", as for the pattern).
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
		i += n
	}
	return b.String()
}

func foldAll(words ...string) []string {
	for i, w := range words {
		words[i] = fold(w)
	}
	return words
}
