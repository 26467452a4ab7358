package segment

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

var invertedName = regexp.MustCompile(`^\s*(\p{Lu}[\p{L}'’-]+),\s+(\p{Lu}[\p{L}'’-]+)\s*$`)

var nameRun = prefilter.MustCompile(`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`)

// mailboxOwner finds the person an address belongs to among the names in
// the blocks: the local part spells the name ("heidi.rantanen",
// "hrantanen", "heidi") or its initials ("rh" for Rasmus Holm).
func mailboxOwner(addr string, bs []block.Block) string {
	at := strings.Index(addr, "@")
	if at < 0 {
		return ""
	}
	local := strings.ToLower(strings.TrimLeft(addr[:at], "<"))
	parts := strings.FieldsFunc(local, func(r rune) bool { return r == '.' || r == '_' || r == '-' })
	if len(parts) == 0 {
		return ""
	}
	for _, b := range bs {
		for _, l := range b.Lines { // a name runs on no further than its line
			// "Müller, Anna": a name written surname first, as lists and
			// directories write it.
			if m := invertedName.FindStringSubmatch(l); m != nil {
				if cand := m[2] + " " + m[1]; PersonLike(cand) && spells(local, parts, cand) {
					return cand
				}
			}
			for _, run := range nameRun.FindAllString(l, -1) {
				// "Pressechef Rasmus Holm": the name may be the run's tail.
				for ws := strings.Fields(run); len(ws) >= 2; ws = ws[1:] {
					if cand := strings.Join(ws, " "); PersonLike(cand) && spells(local, parts, cand) {
						return cand
					}
				}
			}
		}
	}
	return ""
}

// spells says whether the local part of an address, split at dots,
// dashes and underscores into parts, spells the name.
func spells(local string, parts []string, cand string) bool {
	// German addresses write an umlaut as its vowel and e ("joerg.mueller@").
	if umlaut := umlautFold.Replace(strings.ToLower(cand)); umlaut != strings.ToLower(cand) && spelledBy(local, parts, strings.Fields(foldASCII(umlaut))) {
		return true
	}
	return spelledBy(local, parts, strings.Fields(foldASCII(cand)))
}

var umlautFold = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue")

// spelledBy: spells for the name's words, folded as an address spells them.
func spelledBy(local string, parts, ws []string) bool {
	first, last := ws[0], ws[len(ws)-1]
	inits := ""
	for _, w := range ws {
		inits += w[:1]
	}
	return len(parts) >= 2 && parts[0] == first && parts[len(parts)-1] == last ||
		len(parts) >= 2 && parts[0] == last && parts[len(parts)-1] == first ||
		len(parts) == 2 && len(parts[0]) == 1 && strings.HasPrefix(first, parts[0]) && parts[1] == last ||
		len(parts) == 1 && (local == first[:1]+last || local == first+last || local == first+"."+last) ||
		len(parts) == 1 && len(local) >= 2 && local == inits ||
		local == first && len(first) >= 4 // "mari-liis@" for Mari-Liis Tamm
}

// Spells says whether an address is the named person's own: the local
// part spells the name or its initials.
func Spells(addr, name string) bool {
	return mailboxOwner(addr, []block.Block{{Lines: []string{name}}}) != ""
}

// foldASCII lowers s and drops diacritics, the way addresses spell names.
func foldASCII(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return latinExtra.Replace(b.String())
}

// latinExtra: letters NFD does not split into a base and a mark.
var latinExtra = strings.NewReplacer("ø", "o", "æ", "ae", "œ", "oe", "ß", "ss", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i")

// caselessName: a person's name in a script without capitals (Chinese,
// Japanese, Korean, Arabic, Hebrew, Thai): one to three words of
// letters, such as "佐藤 美咲", "최유나" or "王小姐".
func caselessName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 || len([]rune(s)) > 24 {
		return false
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		// Indic and Thai vowel signs are marks inside the name's letters.
		if !unicode.IsLetter(r) && !unicode.IsMark(r) || unicode.IsUpper(r) || unicode.IsLower(r) {
			return false
		}
	}
	return !orgWord.MatchString(s) && !ContactLabel.MatchString(s+":") && !particleEnd.MatchString(s)
}

// particleEnd: a Japanese word ending in a case particle ("報告書では",
// "同社は") is a sentence's subject or topic, never a name: names are
// written in kanji or katakana, a particle in hiragana after them.
var particleEnd = prefilter.MustCompile(`\p{Han}+(?:では|には|とは|は|が|を|に|で|の|と|も|から|より)$`)
