package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of running text with what precedes it, which the
// entity patterns read: a comma, an opening bracket, a sentence end.
type word struct {
	text   string
	lower  string // text in lower case, for dictionary keys
	sep    string // the characters between the previous word and this one
	start  bool   // first word of a sentence or paragraph
	capped bool   // starts with an upper-case letter or a digit
	poss   bool   // was written with a possessive "’s", now cut off: "NATO’s" → "NATO"
}

// splitWords cuts text into words, keeping internal dots, hyphens,
// apostrophes and ampersands ("U.S.", "el-Mandeb", "Children's", "DE&S").
func wordsOf(text string) []word {
	out := make([]word, 0, len(text)/6) // about one word in six bytes of prose
	var lowBuf []byte
	var lowers []lowered
	sepStart, i := 0, 0
	prevEnd := true
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if strings.ContainsRune(".-'’&", r2) && j+n2 < len(text) {
				if r3, _ := utf8.DecodeRuneInString(text[j+n2:]); isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		w := text[i:j]
		// Keep the dot of "Inc." or "U.S." (an abbreviation), not a full
		// stop, nor the one after a time or number ("at 6.30am.").
		if j < len(text) && text[j] == '.' && (strings.Contains(w, ".") && !strings.ContainsAny(w, "0123456789") || abbreviations[w] || rankDot(w, text[j+1:]) || initial(w) && len(out) > 0 && out[len(out)-1].capped && oneCappedWord(text[j+1:])) {
			w += "."
			j++
		}
		poss := false
		if base, ok := cutPossessive(w); ok {
			w, poss = base, true
		}
		sep := text[sepStart:i]
		start := prevEnd || strings.ContainsAny(sep, "\n“\"«„") || sentenceEnd(out, sep)
		first, _ := utf8.DecodeRuneInString(w)
		lower := w
		if k, ok := asciiUpper(w); !ok {
			lower = strings.ToLower(w)
		} else if k >= 0 {
			// strings.ToLower's result, written into one buffer for all
			// the words instead of a string each
			lowers = append(lowers, lowered{len(out), len(lowBuf)})
			lowBuf = append(lowBuf, w...)
			for b := len(lowBuf) - len(w) + k; b < len(lowBuf); b++ {
				if c := lowBuf[b]; 'A' <= c && c <= 'Z' {
					lowBuf[b] = c + 'a' - 'A'
				}
			}
			lower = ""
		}
		out = append(out, word{text: w, lower: lower, sep: sep, poss: poss, start: start, capped: unicode.IsUpper(first) || unicode.IsDigit(first) || unicode.IsTitle(first)})
		prevEnd = false
		sepStart, i = j, j
	}
	all := string(lowBuf)
	for _, l := range lowers {
		out[l.word].lower = all[l.at : l.at+len(out[l.word].text)]
	}
	return out
}

// lowered is a word whose lower case wordsOf wrote into its buffer, at.
type lowered struct{ word, at int }

// asciiUpper: s is ASCII (ok), and k is its first upper-case letter's
// index, -1 when it has none.
func asciiUpper(s string) (k int, ok bool) {
	k = -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return -1, false
		}
		if k < 0 && 'A' <= c && c <= 'Z' {
			k = i
		}
	}
	return k, true
}

func sentenceEnd(prev []word, sep string) bool {
	if !strings.ContainsAny(sep, ".!?:;") {
		return false
	}
	if len(prev) > 0 && strings.HasSuffix(prev[len(prev)-1].text, ".") && !strings.ContainsAny(sep, "!?:;") {
		// "Dr. Smith", "U.S. Navy": the dot belonged to the abbreviation.
		w := strings.TrimSuffix(prev[len(prev)-1].text, ".")
		return !abbreviations[w] && !rankAbbreviations[w] && !initial(w)
	}
	return true
}

// oneCappedWord: s opens with a space and one capitalised word, a
// surname, that no other capitalised word follows: after "Tomasz K." comes
// "Wielgus, the director"; after "Plan B." a sentence, "Anna Kowalski said".
func oneCappedWord(s string) bool {
	rest, ok := strings.CutPrefix(s, " ")
	if r, _ := utf8.DecodeRuneInString(rest); !ok || !unicode.IsUpper(r) {
		return false
	}
	end := strings.IndexFunc(rest, func(r rune) bool { return !isWordRune(r) && !strings.ContainsRune("-'’", r) })
	if end < 0 {
		return true
	}
	after := strings.TrimLeft(rest[end:], " ")
	r, _ := utf8.DecodeRuneInString(after)
	return !(len(after) < len(rest[end:]) && unicode.IsUpper(r))
}

// initial: a name's middle initial, "D" of "Tomasz K. Wielgus" (after a
// capitalised word: "a. D." is no name's).
func initial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf { // most text is ASCII, where no rune is a mark
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// abbreviations keep their dot: titles and company forms.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true, "Col": true, "Capt": true, "Maj": true,
	"Sgt": true, "Cdr": true, "Adm": true, "Brig": true, "St": true, "Inc": true, "Ltd": true, "Corp": true, "Co": true, "Jr": true,
	"Sr": true, "No": true, "Mme": true, "Hr": true, "Fr": true, "inc": true, "sp": true, "Sp": true, "spol": true,
}

// cutPossessive: "NATO’s Kosovo Force" is two names; "Children's Hospice",
// "King's College" are one.
func cutPossessive(s string) (string, bool) {
	if apostrophe(s) < 0 {
		return s, false // both cuts need an apostrophe
	}
	for _, suffix := range []string{"’s", "'s"} {
		if base, ok := strings.CutSuffix(s, suffix); ok && base != "" && !possessiveNames[base] {
			return base, true
		}
	}
	return caseSuffix(s)
}

// caseSuffix cuts the case ending Turkish writes after an apostrophe on
// a name ("Deniz Kuvvetleri'ne", "NATO'nun", "İzmir'de"); not the
// letters after an apostrophe inside a name ("Sa'id", "Ya'akov").
func caseSuffix(s string) (string, bool) {
	i := strings.LastIndexByte(s, '\'')
	if j := strings.LastIndex(s, "’"); j > i {
		i = j // strings.LastIndexAny(s, "'’"), without its rune-by-rune scan
	}
	if i < 2 || !unicode.IsUpper([]rune(s)[0]) {
		return s, false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	if !turkishEndings[s[i+n:]] {
		return s, false
	}
	return s[:i], true
}

// turkishEndings are the case endings Turkish writes after an apostrophe.
var turkishEndings = set("in", "ın", "un", "ün", "nin", "nın", "nun", "nün", "a", "e", "ya", "ye", "na", "ne", "da", "de", "ta", "te",
	"dan", "den", "tan", "ten", "ndan", "nden", "i", "ı", "u", "ü", "yi", "yı", "yu", "yü", "nı", "ni", "nu", "nü", "la", "le", "yla",
	"yle", "ki", "daki", "deki", "taki", "teki", "nda", "nde", "ndaki", "ndeki")

var possessiveNames = set("Children", "Women", "Men", "People", "King", "Queen", "St", "Veterans")
