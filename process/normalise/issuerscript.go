package normalise

import (
	"strings"
	"unicode"

	"github.com/gosimple/unidecode"
)

// nativeForm finds the name a Latin-script sender or address gives in
// the script the release is written in: a display name is often
// transliterated ("Sokil Systems" for "Сокіл Системс") because mail
// clients and mailing tools were set up in ASCII, but the issuer is named
// as the release names it. It compares the words' consonants, as
// transliteration systems disagree on vowels ("y", "i" or "ы" for и) and
// declension mostly changes a word's vowels. It gives "" when the name
// is not in Latin letters, or the text has no run of as many words that
// spells it.
func nativeForm(name string, words []string) string {
	want := strings.Fields(name)
	if len(want) == 0 || len(want) > len(words) || !latinOnly(name) {
		return ""
	}
	ws := make([]string, len(want))
	n := 0
	for i, w := range want {
		ws[i] = consonants(w)
		n += len(ws[i])
	}
	if n < 3 {
		return ""
	}
	var skel []string // the text's words' skeletons, made once per call
	for i := 0; i+len(want) <= len(words); i++ {
		if latinOnly(words[i]) {
			continue
		}
		if skel == nil {
			skel = make([]string, len(words))
			for j, w := range words {
				skel[j] = consonants(w)
			}
		}
		j := 0
		for j < len(want) && skel[i+j] == ws[j] && ws[j] != "" {
			j++
		}
		if j == len(want) {
			return closeQuote(strings.TrimFunc(strings.Join(words[i:i+len(want)], " "), notAlnum))
		}
	}
	return ""
}

// consonants: a word transliterated to ASCII, lower case, less its
// vowels and anything that is not a letter, a doubled consonant written
// once: systems disagree on doubling too (unidecode gives "dd" for the
// retroflex ड of "डीआरडीओ", DRDO).
func consonants(w string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range strings.ToLower(unidecode.Unidecode(w)) {
		switch {
		case r < 'a' || r > 'z' || strings.ContainsRune("aeiouy", r):
			last = 0
		case r != last:
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}

// latinOnly: every letter of s is a Latin one.
func latinOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

func notAlnum(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r)
}

// indefinite drops the definite article that Bulgarian and Macedonian
// write as an ending of a name's first word, as running text names an
// organisation: "Министерството на отбраната" is "Министерство на
// отбраната", "Агенцията" is "Агенция", "Институтът" is "Институт". The
// endings are those no Russian, Ukrainian or Serbian nominative has, so
// names in those languages are left as they are.
func indefinite(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	for _, sx := range [][2]string{{"ството", "ство"}, {"ията", "ия"}, {"ът", ""}, {"ят", ""}} {
		if stem, ok := strings.CutSuffix(first, sx[0]); ok && len([]rune(stem)) >= 3 && !latinOnly(stem) {
			return strings.TrimSpace(stem + sx[1] + " " + rest)
		}
	}
	return name
}
