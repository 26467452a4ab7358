package normalise

import (
	"iter"
	"newsdesk/process/normalise/prefilter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/segment"
)

// fullForm extends a name the capitals cut short to the form the text
// writes: institution names in Romance, Slavic, Baltic and Finno-Ugric
// languages hold lower-case words ("Inspectoratul General pentru
// Situații de Urgență", "Lietuvos Respublikos krašto apsaugos
// ministerija"), and a hospital or a university may carry a second name
// after a dash. The text decides where the name ends, never the capitals
// alone:
//   - an acronym the email uses (subject, sender, note, text) spells the
//     words after the name, or the name with them: "IGSU", "KAM";
//   - the name is followed by a dash and a second name of the same kind,
//     its head noun repeated ("… nemocnice – Vojenská fakultní nemocnice
//     Praha");
//   - the text never writes a one-word name alone, only as the start of
//     one longer capitalised name that ends in an organisation's noun: a
//     sender's "Defence" for "the Defence Science and Technology Group".
func fullForm(name string, body []block.Block, acrs []string) string {
	nw := strings.Fields(name)
	if len(nw) == 0 || !hasCase(name) {
		return name
	}
	best, alone, longer := name, false, ""
	for _, b := range body {
		t := b.Text()
		for i := 0; ; {
			j := wordIndex(t[i:], name)
			if j < 0 {
				break
			}
			start := i + j
			rest := t[start+len(name):]
			i = start + len(name)
			if ext := acronymTail(nw, rest, acrs); len(ext) > len(best) {
				best = ext
			}
			if ext := secondName(nw, rest); len(ext) > len(best) {
				best = ext
			}
			if m := capRun.FindString(rest); m != "" && orgWordRE.MatchString(lastField(m)) {
				if longer == "" || longer == m {
					longer = m
					continue
				}
			}
			alone = true
		}
	}
	// Only a word left alone, as a sender's "Defence Media" leaves
	// "Defence": a name of more words, or an acronym, is a name already.
	if best == name && !alone && longer != "" && len(nw) == 1 && !isAcronym(name) {
		best = name + longer
	}
	// A company's one-word short name, which the text also writes with
	// the noun of its trade: "Kelvane" and "chief executive of Kelvane
	// Photonics".
	if best == name && len(nw) == 1 && !isAcronym(name) {
		for rest := range textAfter(name, body) {
			// The noun ends the name: "Maritime Systems Research
			// Institute" is another's.
			if m := tradeNoun.FindStringSubmatch(rest); m != nil && !capRun.MatchString(rest[len(m[0]):]) {
				return name + " " + m[1]
			}
		}
	}
	return best
}

// tradeNoun: the noun of a company's trade that ends its name, English
// and international.
var tradeNoun = prefilter.MustCompile(`^\s+(Robotics|Systems|Technologies|Technology|Industries|Aerospace|Dynamics|Engineering|Shipbuilding|Shipyards?|Electronics|Networks|Software|Analytics|Therapeutics|Pharmaceuticals|Biotech|Labs|Laboratories|Semiconductors|Optronics|Photonics|Avionics|Instruments|Microsystems|Composites|Materials|Logistics)\b`)

// capRun: the capitalised words, perhaps linked, that continue a name.
var capRun = regexp.MustCompile(`^(?:\s+(?:(?:of|for|and|de|du|des|für|di|del|della|pentru|för|van|voor)\s+)?\p{Lu}[\p{L}'’-]*)+`)

func lastField(s string) string {
	f := strings.Fields(s)
	return " " + f[len(f)-1]
}

// wordIndex: the first place name stands as whole words in t, or -1.
func wordIndex(t, name string) int {
	if name == "" {
		return -1
	}
	for i := 0; ; {
		j := strings.Index(t[i:], name)
		if j < 0 {
			return -1
		}
		at, end := i+j, i+j+len(name)
		if (at == 0 || !isWordByte(t, at-1)) && (end == len(t) || !startsWord(t[end:])) {
			return at
		}
		i = at + 1
	}
}

func isWordByte(t string, i int) bool {
	for j := i; j >= 0; j-- {
		if t[j]&0xC0 != 0x80 {
			r := []rune(t[j : i+1])
			return len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]))
		}
	}
	return false
}

func startsWord(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// acronymTail: the name with the words after it, when an acronym the
// email uses spells those words, alone or with the end of the name.
func acronymTail(nw []string, rest string, acrs []string) string {
	ws := strings.Fields(rest)
	var after []string
	for _, w := range ws {
		if len(after) == 8 {
			break
		}
		if c := strings.TrimRight(w, ",;:.!?)"); c != w {
			if c != "" && !strings.HasPrefix(w, "(") {
				after = append(after, c)
			}
			break
		}
		if strings.HasPrefix(w, "(") || strings.ContainsAny(w, "–—") {
			break
		}
		after = append(after, w)
	}
	// Only a name cut at a lower-case word: a capitalised run after it
	// is another name ("Garda" and "Garda National Drugs … Bureau
	// (GNDOCB)", a unit of it).
	if len(after) == 0 || upperStart(after[0]) || !hasCase(after[0]) {
		return ""
	}
	all := append(append([]string{}, nw...), after...)
	for k := len(after); k >= 1; k-- {
		if linkWord.MatchString(strings.ToLower(after[k-1])) {
			continue
		}
		words := all[:len(nw)+k]
		for _, a := range acrs {
			want := acronymLetters(a)
			for j := 0; j <= len(nw); j++ {
				if len(want) >= 3 && len(want) <= len(words)-j && firstLetter(words[j]) == want[0] && initialsOf(want, words[j:]) {
					return strings.Join(words, " ")
				}
			}
		}
	}
	return ""
}

// acronymLetters: the capitals of an acronym, folded.
func acronymLetters(a string) []rune {
	var want []rune
	for _, r := range a {
		if unicode.IsUpper(r) {
			want = append(want, []rune(fold(string(r)))...)
		}
	}
	return want
}

// secondName: "X nemocnice – Vojenská fakultní nemocnice Praha": a dash
// and a name that repeats the first's head noun, with the capitalised
// words after it.
func secondName(nw []string, rest string) string {
	m := dashAfter.FindString(rest)
	if m == "" || len(nw) < 2 {
		return ""
	}
	head := fold(nw[len(nw)-1])
	ws := strings.Fields(rest[len(m):])
	if len(ws) == 0 || !upperStart(ws[0]) {
		return ""
	}
	for i, w := range ws[:min(len(ws), 6)] {
		if fold(strings.TrimRight(w, ",;:.")) != head {
			continue
		}
		end := i + 1
		for end < len(ws) && upperStart(ws[end]) && !endsClause(ws[end-1]) {
			end++
		}
		out := append(append([]string{}, nw...), strings.TrimSpace(m))
		out = append(out, ws[:end]...)
		return strings.TrimRight(strings.Join(out, " "), ",;:.")
	}
	return ""
}

var dashAfter = regexp.MustCompile(`^\s+[–—-]\s+`)

// acronymsIn: the acronyms the strings write, as whole words.
func acronymsIn(ss ...string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		for w := range strings.FieldsSeq(s) {
			w = strings.Trim(w, nameTrim)
			// A legal form is no acronym of a name ("GmbH").
			if (isAcronym(w) || mixedAcronym(w)) && !legalForm.MatchString(w) && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// hebrewAcronym: a Hebrew acronym, its last letter after the gershayim
// (״ or a typed "): מד"א, צה"ל.
var hebrewAcronym = regexp.MustCompile(`^\p{Hebrew}{1,6}["״]\p{Hebrew}$`)

// hebrewInitials: the run of words whose first letters spell a Hebrew
// acronym: מד"א is מגן דוד אדום. Final letters are their plain forms.
func hebrewInitials(acr string, words []string) string {
	var want []rune
	for _, r := range acr {
		if unicode.Is(unicode.Hebrew, r) && unicode.IsLetter(r) {
			want = append(want, plainHebrew(r))
		}
	}
	for i := 0; i+len(want) <= len(words); i++ {
		k := 0
		for k < len(want) {
			w := strings.TrimLeft(words[i+k], `("'“„«`)
			r := []rune(w)
			// An acronym may skip the article ה a word opens with:
			// רש"ת is רשות שדות התעופה.
			if len(r) > 2 && r[0] == 'ה' && plainHebrew(r[1]) == want[k] {
				r = r[1:]
			}
			if len(r) < 2 || plainHebrew(r[0]) != want[k] || strings.ContainsAny(w, `"״`) || k < len(want)-1 && endsClause(w) {
				break
			}
			k++
		}
		if k == len(want) {
			return strings.Trim(strings.Join(words[i:i+k], " "), nameTrim)
		}
	}
	return ""
}

func plainHebrew(r rune) rune {
	switch r {
	case 'ך':
		return 'כ'
	case 'ם':
		return 'מ'
	case 'ן':
		return 'נ'
	case 'ף':
		return 'פ'
	case 'ץ':
		return 'צ'
	}
	return r
}

// caselessDefinition: the words a caseless script writes before an
// acronym in brackets, back to the clause's start: "रक्षा अनुसंधान एवं
// विकास संगठन (डीआरडीओ)". Only for an acronym that the release writes
// in its own script for a Latin one the sender uses.
func caselessDefinition(acr string, body []block.Block) string {
	for head := range beforeAcronym(acr, body) {
		if k := strings.LastIndexAny(head, ".,;:!?।|()\"“”«»。，、；：！？「」『』（）"); k >= 0 {
			_, n := utf8.DecodeRuneInString(head[k:])
			head = head[k+n:]
		}
		ws := strings.Fields(head)
		if len(ws) >= 2 && len(ws) <= 8 {
			return strings.Join(ws, " ")
		}
		// A script that writes no spaces (Chinese, Japanese): the one
		// run is the full name when the short one is drawn from its
		// characters in order, "北研院" from "北嶺海洋研究院".
		if len(ws) == 1 {
			full, short := []rune(ws[0]), []rune(acr)
			if len(full) > len(short) && len(full) <= 24 && subsequence(short, full) {
				return ws[0]
			}
		}
	}
	return ""
}

// spelledForm writes the company form a name opens with as an acronym
// as the release spells it out: "АО «Северный приборный завод»" as
// "Акционерное общество «Северный приборный завод»", "ТОВ «…»" as
// "Товариство з обмеженою відповідальністю «…»".
func spelledForm(name string, prose []block.Block) string {
	form, rest, ok := strings.Cut(name, " ")
	if !ok || !isAcronym(form) {
		return name
	}
	for _, b := range prose {
		t := b.Text()
		i := strings.Index(t, " "+rest)
		if i < 0 {
			continue
		}
		words := strings.Fields(t[:i])
		for k := max(len(words)-6, 0); k < len(words); k++ {
			if upperStart(words[k]) && spells(form, strings.Join(words[k:], " ")) {
				return strings.Join(words[k:], " ") + " " + rest
			}
		}
	}
	return name
}

// unquoted: a name that a letterhead prints with part of it in quotes
// ("Compania Națională „Administrația Porturilor Maritime” SA") as the
// release's sentences write it, without them, when they never quote it.
func unquoted(name, text string) string {
	plain := strings.Join(strings.Fields(nameQuotes.Replace(name)), " ")
	if plain == name || strings.Contains(text, name) || !strings.Contains(strings.Join(strings.Fields(text), " "), plain) {
		return name
	}
	return plain
}

// numbered: a unit's name with the number the text writes before it at
// every mention ("2° Reggimento Genio Pontieri", "3e Régiment …", "7th
// Signal Brigade"): the number is part of the name, as no other unit
// of that name is meant.
func numbered(name, text string) string {
	if !upperStart(name) {
		return name
	}
	num := ""
	for i := 0; ; {
		j := wordIndex(text[i:], name)
		if j < 0 {
			break
		}
		ws := strings.Fields(text[:i+j])
		i += j + len(name)
		if len(ws) == 0 || !unitOrdinal.MatchString(ws[len(ws)-1]) || num != "" && ws[len(ws)-1] != num {
			return name
		}
		num = ws[len(ws)-1]
	}
	if num == "" {
		return name
	}
	return num + " " + name
}

// unitOrdinal: a unit's number as it is written before its name: "2°",
// "3e", "7th", "12.", "12".
var unitOrdinal = regexp.MustCompile(`^\d{1,3}(?:°|º|ª|\.|st|nd|rd|th|e|er|re|ème|o|a)?$`)

// acronymHeaded: a company's name with its legal form as the text
// writes it after the acronym its words spell, which is part of the
// registered name ("PGE Polska Grupa Energetyczna S.A.", "KGHM …").
func acronymHeaded(name, text string) string {
	name = strings.TrimSpace(name)
	ws := strings.Fields(name)
	if len(ws) < 3 || !legalForm.MatchString(ws[len(ws)-1]) {
		return name
	}
	for i := 0; ; {
		j := wordIndex(text[i:], name)
		if j < 0 {
			return name
		}
		before := strings.Fields(text[:i+j])
		i += j + len(name)
		if n := len(before); n > 0 && isAcronym(before[n-1]) && spells(before[n-1], strings.Join(ws[:len(ws)-1], " ")) {
			return before[n-1] + " " + name
		}
	}
}

// nameQuotes: the quotation marks a name may hold, each to a space.
var nameQuotes = strings.NewReplacer("„", " ", "“", " ", "”", " ", "«", " ", "»", " ", `"`, " ")

// definedHolder: the full name, defined by an acronym in brackets, that
// holds a short name in a caseless script: the sender's "तटरक्षक" for
// "भारतीय तटरक्षक बल (आईसीजी)".
func definedHolder(name string, body []block.Block) string {
	for _, b := range body {
		for _, m := range bracketed.FindAllStringSubmatch(b.Text(), -1) {
			if full := caselessDefinition(m[1], body); len(full) > len(name) && strings.Contains(" "+full+" ", " "+name+" ") {
				return full
			}
		}
	}
	return name
}

// abbreviatedCompany: the legal name that a Chinese or Japanese
// company's short name abbreviates, keeping some of its characters in
// their order: the sender's "江南精仪" for "江南精密仪器股份有限公司",
// the run of Han characters before the legal form that opens with the
// short name's first character and holds all of them.
func abbreviatedCompany(name string, prose []block.Block) string {
	short := []rune(name)
	if len(short) < 2 || len(short) > 12 || !allHan(short) {
		return name
	}
	for _, b := range prose {
		t := b.Text()
		for _, loc := range hanLegalForm.FindAllStringIndex(t, -1) {
			run := []rune(t[:loc[0]])
			i := len(run)
			for i > 0 && len(run)-i < 24 && unicode.Is(unicode.Han, run[i-1]) {
				i--
			}
			for ; i < len(run); i++ {
				if run[i] == short[0] && subsequence(short, run[i:]) && legalRun(short, run[i:]) {
					return string(run[i:]) + t[loc[0]:loc[1]]
				}
			}
		}
	}
	return name
}

// legalRun: run, before a legal form, can be the name short
// abbreviates: a few characters more than short, without the possessive
// "的" of a phrase ("江南精仪投资的无锡智联传感科技有限公司" is a company
// that 江南精仪 invested in, not its legal name).
func legalRun(short, run []rune) bool {
	return len(run) <= 2*len(short)+4 && !slices.Contains(run, '的')
}

// hanLegalForm: the company forms a Chinese or Japanese legal name ends
// in.
var hanLegalForm = prefilter.MustCompile(`股份有限公司|有限责任公司|有限責任公司|有限公司|株式会社`)

func allHan(rs []rune) bool {
	for _, r := range rs {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// subsequence: every rune of short is in long, in its order.
func subsequence(short, long []rune) bool {
	j := 0
	for _, r := range long {
		if j < len(short) && r == short[j] {
			j++
		}
	}
	return j == len(short)
}

// bracketed: a word in brackets, an acronym as a caseless script writes
// one.
var bracketed = prefilter.MustCompile(`\(([^()\s]{1,12})\)`)

// dashedName: a name that goes on after a dash with a second name, as a
// body with two names writes itself ("Λιμενικό Σώμα – Ελληνική
// Ακτοφυλακή", "القوات المسلحة الأردنية – الجيش العربي"): the text writes
// the name, a dash and one to four words of a name, and the email writes
// the dashed part again elsewhere (a letterhead in capitals, a genitive
// that ends alike), so the dash is the name's, not the sentence's.
func dashedName(name string, body []block.Block, in *issuerText) string {
	nw := strings.Fields(name)
	if len(nw) == 0 {
		return name
	}
	last := nw[len(nw)-1]
	for _, b := range body {
		t := b.Text()
		for i := wordIndex(t, name); i >= 0; {
			rest := t[i+len(name):]
			if m := dashAfter.FindString(rest); m != "" {
				dash := strings.TrimSpace(m)
				var words []string
				for _, w := range strings.Fields(rest[len(m):]) {
					c := strings.TrimRight(w, nameTrim)
					if len(words) == 4 || c == "" || hasCase(c) && !upperStart(c) {
						break
					}
					words = append(words, c)
					if c != w {
						break
					}
				}
				for k := len(words); k >= 1; k-- {
					if in.says(append([]string{last, dash}, words[:k]...)) > 1 {
						return name + " " + dash + " " + strings.Join(words[:k], " ")
					}
				}
			}
			j := wordIndex(rest, name)
			if j < 0 {
				break
			}
			i += len(name) + j
		}
	}
	return name
}

// legalTail: the company form the release writes after the name, kept
// as part of it ("Laiterie Boréale inc. annonce …", "Agua Clara
// Infraestructura, S.A.P.I. de C.V. inició …"). Only a form written
// right after the name in the body or the About section counts; a
// signature's alone does not (the Lotus signature's "Oyj" under a
// release that never writes it). A listed Swedish company's "(publ)" is
// not part of its name (b126, p021).
//
// The name may be its first words only, the rest of the name written
// before the form: "Anadolu Optik" of "Anadolu Optik Sanayi ve Ticaret
// A.Ş.", "מגן-סקיי" of "מגן-סקיי מערכות בע"מ". The words between are
// the name's own, capitalised, short linking words between them, or
// words of a script without capitals; and as a company the text might
// name next to it ("Acme and Borealis Ltd") is written so once, the
// long form must be written twice, unless an ampersand joins it.
func legalTail(name string, prose []block.Block) string {
	if name == "" || legalEnd.MatchString(name) {
		return name
	}
	text := block.RenderText(prose)
	for rest := range textAfter(name, prose) {
		// A name without capitals takes a form of its own script only.
		if m := legalAfter.FindStringSubmatch(rest); m != nil && (hasCase(name) || !hasCase(m[2])) {
			return name + m[1] + strings.Join(strings.Fields(m[2]), " ")
		}
		if m := namedLegalAfter.FindStringSubmatch(rest); m != nil && nameWords(strings.Fields(m[1])) {
			// An ampersand joins words of one name ("Marine & Subsea AS"),
			// which the text may write in full once.
			amp := strings.HasPrefix(strings.TrimSpace(m[1]), "&")
			if long := name + m[1] + m[2] + strings.Join(strings.Fields(m[3]), " "); amp || strings.Count(text, long) >= 2 {
				return long
			}
		}
	}
	return name
}

// nameWords: words that go on a name, the first and the last not a
// small linking word.
func nameWords(ws []string) bool {
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && (i == 0 || i == len(ws)-1 || utf8.RuneCountInString(w) > 3) {
			return false
		}
	}
	return true
}

// textAfter yields the text after each place a block writes name as
// whole words.
func textAfter(name string, bs []block.Block) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, b := range bs {
			t := b.Text()
			for i := 0; ; {
				j := wordIndex(t[i:], name)
				if j < 0 {
					break
				}
				i += j + len(name)
				if !yield(t[i:]) {
					return
				}
			}
		}
	}
}

// legalForms: segment.LegalForms and the forms it leaves out that a name
// carries in the languages the desk receives: Mexico's "S.A.P.I. de
// C.V.", Quebec's lower-case "inc.", South Africa's "SOC Ltd",
// Malaysia's "Sdn Bhd", Indonesia's "Tbk", the Czech "spol. s r.o.", the
// Arab world's "ش.م.ع" (public joint-stock) and "ذ.م.م" (limited
// liability).
const legalForms = `spol\.\s+s\s+r\.\s?o\.|ش\.م\.ع(?:\.ق)?|ش\.م\.م|ش\.م\.ب|ذ\.م\.م|S\.A\.P\.I\.\s+de\s+C\.V\.|S\.A\.B\.\s+de\s+C\.V\.|S\.A\.\s+de\s+C\.V\.|S\.\s+de\s+R\.L\.(?:\s+de\s+C\.V\.)?|SOC\s+Ltd\.?|Pty\.?\s+Ltd\.?|Pte\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|Bhd\.?|Tbk\.?|inc\.|S\.A\.S\.|S\.A\.U\.|S\.L\.U\.|S\.p\.A\.?|SpA|Ltda\.?|LLP|KG|GmbH\s+&\s+Co\.\s+KG|SARL|S\.à\s?r\.l\.|JSC|PJSC|` + segment.LegalForms

var (
	// legalAfter: a comma perhaps, then a company form, then no letter.
	legalAfter = regexp.MustCompile(`^(,?\s)\s*(` + legalForms + `)(?:[^\p{L}\p{N}.]|\.\s|\.$|$)`)
	// namedLegalAfter: up to four more words of the name (capitalised,
	// short and small, an ampersand, or of a script without capitals),
	// then the form.
	namedLegalAfter = regexp.MustCompile(`^((?:\s+(?:&|\p{Lu}[\p{L}-]*|\p{Ll}{1,3}|[\p{Lo}\p{M}][\p{Lo}\p{M}"'-]*)){1,4}?)(,?\s)\s*(` + legalForms + `)(?:[^\p{L}\p{N}.]|\.\s|\.$|$)`)
	// legalEnd: a name that ends in its company form already.
	legalEnd = prefilter.MustCompile(`(?:^|\s)(?:` + legalForms + `)$`)
)

// coordinated: the name with the nouns Arabic joins to its last word
// with "و" and the article, "وزارة الصحة" of "وزارة الصحة والسكان" (the
// ministry of health and population), and the adjectives after them,
// as the prose writes it; a verb takes no article, so the run stops at
// one. A second body named next to it ("… والهيئة …") is written so
// once: the long form must be written twice in the email, where a
// contact line's "لوزارة …" counts.
func coordinated(name string, prose []block.Block, email string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || !strings.HasPrefix(ws[len(ws)-1], "ال") {
		return name
	}
	best := name
	for rest := range textAfter(name, prose) {
		long := name
		for i, w := range strings.Fields(rest) {
			word := strings.TrimRight(w, nameTrim)
			if word == "" || !(strings.HasPrefix(word, "وال") || i > 0 && strings.HasPrefix(word, "ال")) || relative[strings.TrimPrefix(word, "و")] {
				break
			}
			// An adverb takes the article too ("اليوم", today): the
			// longest run written twice is the name.
			if long += " " + word; len(long) > len(best) && strings.Count(email, long) >= 2 {
				best = long
			}
			if word != w {
				break
			}
		}
	}
	return best
}

// relative: Arabic words with the article's letters that are no nouns:
// relative pronouns and "now".
var relative = map[string]bool{"التي": true, "الذي": true, "الذين": true, "اللذان": true, "اللتان": true, "اللذين": true, "اللتين": true, "اللاتي": true, "اللواتي": true, "الآن": true}

// letterheadTail: the name as a letterhead line writes it in full to the
// line's end, "Defence Forces" of "Óglaigh na hÉireann – Defence Forces
// Ireland": up to three more words, capitalised, with short small
// linking words between them; a line that goes on with a press office
// or a sentence names no more of it.
func letterheadTail(name string, pre []block.Block) string {
	if !hasCase(name) {
		return name
	}
	for _, b := range pre {
		for _, l := range b.Lines {
			l = strings.TrimSpace(l)
			// The name opens the line or a part of it after a dash or a
			// bar, not a title's words ("Minister for Defence …").
			i := wordIndex(l, name)
			if i < 0 || i > 0 && !letterheadPart.MatchString(l[:i]) {
				continue
			}
			ws := strings.Fields(l[i+len(name):])
			if len(ws) == 0 || len(ws) > 3 || !nameWords(ws) || strings.IndexFunc(l[i+len(name):], notInName) >= 0 {
				continue
			}
			if long := name + " " + strings.Join(ws, " "); stripDept(long) == long && !pressUnit.MatchString(long) {
				return long
			}
		}
	}
	return name
}

// letterheadPart: a letterhead's part before a separator.
var letterheadPart = prefilter.MustCompile(`\s[-–—|/]\s+$`)

// notInName: a digit, or punctuation other than a name's hyphen or
// apostrophe.
func notInName(r rune) bool {
	return unicode.IsPunct(r) && r != '-' && r != '\'' && r != '’' || unicode.IsDigit(r)
}
