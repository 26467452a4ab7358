package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names the word-by-word lookup cannot see: those inside text written
// without spaces (日本, 캐나다 해군은), and names with case endings
// ("w Polsce", "Suomen", "України").

// addUnspaced indexes a name written in a script without spaces.
func (g *gazetteer) addUnspaced(alias string, e entry) {
	if _, ok := g.unspaced[alias]; ok {
		return
	}
	g.unspaced[alias] = e
	g.maxUnspaced = max(g.maxUnspaced, utf8.RuneCountInString(alias))
}

// findUnspaced finds indexed names in the text's Han, Kana and Hangul
// runs, longest first at each position.
func (g *gazetteer) findUnspaced(text string) []entry {
	if !strings.ContainsFunc(text, unspaced) {
		return nil
	}
	var out []entry
	rs := []rune(text)
	// The runes' text and where each rune starts in it, so a run of
	// runes is looked up as a substring, not a string of its own.
	runed := string(rs)
	at := make([]int, 0, len(rs)+1)
	for i := range runed {
		at = append(at, i)
	}
	at = append(at, len(runed))
	for i := 0; i < len(rs); i++ {
		if !unspaced(rs[i]) {
			continue
		}
		for n := min(g.maxUnspaced, len(rs)-i); n >= 2; n-- {
			if e, ok := g.unspaced[runed[at[i]:at[i+n]]]; ok && !koreanVerb(rs, i+n) && !inKatakanaWord(rs, i, i+n) {
				if e.kind == kindPlace && !g.isCountry[e.canonical] && opensHanBody(rs, i+n) {
					i += n - 1 // "深圳市蓝湾新能源科技有限公司", "國家中山科學研究院": the body's seat or namesake
					break
				}
				out = append(out, e)
				i += n - 1
				break
			}
		}
	}
	return out
}

// hanBodyEnds end the name of a company or institute in Chinese.
var hanBodyEnds = []string{"有限公司", "公司", "集团", "集團", "研究院", "研究所", "船级社", "船級社", "大学", "大學"}

// hanFunctionWords are characters a Chinese sentence puts between a
// place and a body named later ("在深圳发布", "向…公司"), never inside
// a body's name.
const hanFunctionWords = "的在于於和与與向及从從对對是为為将將已今日由"

// opensHanBody: the Han characters from end on, eight at most, close a
// company's or institute's name without a word of the sentence between,
// so the place before end is a word of that name.
func opensHanBody(rs []rune, end int) bool {
	for k := end; k < len(rs) && k <= end+8; k++ {
		for _, b := range hanBodyEnds {
			if strings.HasPrefix(string(rs[k:min(len(rs), k+4)]), b) {
				return true
			}
		}
		if !unicode.Is(unicode.Han, rs[k]) || strings.ContainsRune(hanFunctionWords, rs[k]) {
			return false
		}
	}
	return false
}

// inKatakanaWord: a name in Katakana that a longer Katakana word holds
// is a part of that word ("マリ", Mali, in "マリンテック", marine tech).
func inKatakanaWord(rs []rune, start, end int) bool {
	katakana := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.Is(unicode.Katakana, rs[i]) || rs[i] == 'ー')
	}
	return katakana(start) && (katakana(start-1) || katakana(end))
}

// koreanVerb: a Hangul noun followed by a form of 하다/되다 is a verb's stem (인도하다,
// "to deliver"), not the name it spells (인도, India).
func koreanVerb(rs []rune, end int) bool {
	return end < len(rs) && unicode.Is(unicode.Hangul, rs[end-1]) && strings.ContainsRune("하했한할함합되됐된될됨됩", rs[end])
}

// casedLanguages inflect names with endings: Polish "Polsce", Finnish
// "Suomen", Hungarian "Magyarországon", Ukrainian "України".
var casedLanguages = set("pl", "cs", "sk", "hu", "fi", "et", "lv", "lt", "ru", "uk", "bg", "hr", "sl", "sr", "el", "tr", "ro", "is")

// countryStem is one country's name in one language, for inflected forms.
type countryStem struct {
	name      []rune // lower case
	canonical string
}

// inflected finds the country whose name, in the release's language, w
// inflects: they share a stem that leaves at most two letters of the
// name and four of w ("Polsce" → "polska", "Suomen" → "suomi").
func (g *gazetteer) inflected(lang string, w word) (entry, bool) {
	lw := []rune(w.lower)
	if len(lw) < 5 || !w.capped {
		return entry{}, false
	}
	best, bestStem := "", 0
	for _, s := range g.stems[lang+string(lw[:4])] {
		n := commonPrefix(lw, s.name)
		if n >= max(4, len(s.name)-2) && len(lw)-n <= 4 && n > bestStem {
			best, bestStem = s.canonical, n
		}
	}
	return entry{canonical: best, kind: kindPlace}, bestStem > 0
}

// isTown: w, or w less a Turkish ending after its apostrophe, is a
// town's name as written: "Malatya'nın" is Malatya, not a case of Malavi
// (Malawi).
func (g *gazetteer) isTown(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	return g.town(w) != ""
}

func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// addStem indexes a one-word country name of language lang.
func (g *gazetteer) addStem(lang, name, canonical string) {
	r := []rune(name)
	if len(r) < 4 || strings.Contains(name, " ") || !unicode.IsLetter(r[0]) || !casedLanguages[lang] {
		return
	}
	key := lang + string(r[:4])
	g.stems[key] = append(g.stems[key], countryStem{name: r, canonical: canonical})
}

// inflectedOrg reads a body's name whose last word has a case ending,
// as Finnish, Estonian, Hungarian or Polish write it: "Naton",
// "Frontexin", "a Magyar Honvédséghez" name NATO, Frontex and the
// Magyar Honvédség. The word keeps at least four letters of its stem
// and gains at most four.
func (g *gazetteer) inflectedOrg(ws []word, i int) (entry, int) {
	if !ws[i].capped {
		return entry{}, 0
	}
	key := ""
	for n := 1; n <= min(g.maxLen, len(ws)-i); n++ {
		w := ws[i+n-1]
		if n > 1 && !plainSep(w) {
			break
		}
		rs, text := []rune(w.lower), []rune(w.text)
		for k := 1; k <= 4 && len(rs)-k >= 4 && unicode.IsLower(text[len(text)-k]); k++ {
			stem := string(rs[:len(rs)-k])
			if n > 1 {
				stem = key + " " + stem
			}
			if e, ok := g.names[stem]; ok && e.kind == kindOrg {
				return e, n
			}
		}
		if n == 1 {
			key = w.lower
		} else {
			key += " " + w.lower
		}
		if !g.prefix[key] {
			break
		}
	}
	return entry{}, 0
}

// lemmaOrg reads a known body's name whose first word is in another
// case: "s Ministerstvem obrany" names the Ministerstvo obrany.
func (g *gazetteer) lemmaOrg(ws []word, i int) (entry, int) {
	h, ok := headLemma(ws[i].text)
	if !ok || !ws[i].capped {
		return entry{}, 0
	}
	rest := slices.Clone(ws[i:min(len(ws), i+g.maxLen)])
	rest[0].text, rest[0].lower = h, strings.ToLower(h)
	if e, n := g.lookup(rest, 0); n > 1 && e.kind == kindOrg {
		return e, n
	}
	return entry{}, 0
}

// acronymStem reads a known acronym, or a known one-word body, with an
// ending or in a compound: "NATO-u", "NAVO-missie", "EU-Kommission",
// "Nato-medlemskap", "Frontex-insatsen" name NATO, the EU and Frontex.
func (g *gazetteer) acronymStem(w word) (entry, int) {
	head, tail, ok := strings.Cut(w.text, "-")
	if !ok || !isAcronym(head) && !(w.capped && tail != "" && unicode.IsLower(firstRune(tail))) {
		return entry{}, 0
	}
	if e, ok := g.names[strings.ToLower(head)]; ok && e.kind == kindOrg {
		return e, 1
	}
	return entry{}, 0
}

// countryForces are the national bodies Chinese, Japanese and Korean
// name by the country and the body's generic word, written together or,
// in Korean, as two words: "オーストラリア国防省", "캐나다 해군".
var countryForces = []string{"国防省", "防衛省", "国防軍", "沿岸警備隊", "海軍", "陸軍", "空軍", "政府", "國防部", "国防部", "海军", "陆军",
	"空军", "海岸警衛隊", "해군", "육군", "공군", "정부", "국방부", "해안경비대"}

// unspacedBodies finds a country's national body in Han, Kana or Hangul
// text: the country's name in the text's script right before the body's
// generic word (a space between only in Korean).
func (g *gazetteer) unspacedBodies(text string) []string {
	if !strings.ContainsFunc(text, unspaced) {
		return nil
	}
	var out []string
	for _, body := range countryForces {
		for at := 0; ; {
			i := strings.Index(text[at:], body)
			if i < 0 {
				break
			}
			i += at
			at = i + len(body)
			head := strings.TrimSuffix(text[:i], " ")
			before := []rune(head)
			for n := min(g.maxUnspaced, len(before)); n >= 2; n-- {
				name := string(before[len(before)-n:])
				if e, ok := g.unspaced[name]; ok && e.kind == kindPlace && g.isCountry[e.canonical] {
					out = append(out, text[len(head)-len(name):at]) // the name, the space if any, the body
					break
				}
			}
		}
	}
	return out
}

// inflectedTowns finds the home country's towns a cased language names
// in another case: "Győrben", "Várpalotán", "Kajaanissa", "Jihlavě",
// "Zagrebu", "Tuzla'da", each part of a hyphenated name
// ("Skarżysku-Kamiennej") and the first word before "nad"/"pod"
// ("Náměšti nad Oslavou"). A capitalised word that is no town as written,
// opens no sentence and is no word of a body's or a person's name is cut
// by up to four letters (a word the text also writes in lower case is a
// word: "Yardımcı"), and the stem, or the stem with a vowel for the
// one the case replaced, looked up among the towns of the language's
// countries.
func (g *gazetteer) inflectedTowns(lang string, ws []word, orgPos []bool, inPerson, lower map[string]bool) []string {
	countries := strings.Fields(languageCountries[lang])
	if !casedLanguages[lang] || len(countries) != 1 {
		return nil
	}
	home := countries[0]
	var out []string
	for i, w := range ws {
		if !w.capped || w.start || orgPos[i] || inPerson[w.text] || lower[w.lower] || g.cities.get(w.text) != "" || !unicode.Is(unicode.Latin, firstRune(w.text)) {
			continue
		}
		if i > 0 && plainSep(w) && ws[i-1].capped && !ws[i-1].start || i+1 < len(ws) && plainSep(ws[i+1]) && ws[i+1].capped && !riverParticles[ws[i+1].text] {
			continue // a word of a longer name, inflected as the name: "Başkan Yardımcısı", "Ege Kalkanı", "Güneydoğu Asya'dan"
		}
		tail := ""
		if i+2 < len(ws) && riverParticles[ws[i+1].text] && ws[i+2].capped && sameRun(ws[i:i+3]) {
			tail = " " + ws[i+1].text + " " + ws[i+2].text // the river keeps its own case
		}
		if t := g.townStem(w.text, tail, home); t != "" && !lower[strings.ToLower(t)] && !g.common[strings.ToLower(t)] {
			out = append(out, t)
		}
	}
	return out
}

// riverParticles join a Czech or Slovak town's name to its river's, which
// stays in its own case when the town's changes.
var riverParticles = set("nad", "pod")

// townStem is the home country's town that w (with tail after it) names
// in another case, each part of a hyphenated name inflected alike, by
// the desk's name for it ("w Warszawie" is Warsaw); "" if none.
func (g *gazetteer) townStem(w, tail, home string) string {
	homeTown := func(n string) string {
		for _, v := range []string{n, withoutMarks(n)} { // GeoNames writes Latvian "Rīga" as Riga
			if t := g.town(v); containsCode(g.cities.get(t), home) {
				return t
			}
		}
		return ""
	}
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // Turkish writes the ending after an apostrophe
		if t := homeTown(w); t != "" {
			return t
		}
	}
	names := []string{""}
	for k, part := range strings.Split(w, "-") {
		var next []string
		for _, n := range names {
			if k > 0 {
				n += "-"
			}
			for _, v := range caseStems(part) {
				next = append(next, n+v)
			}
		}
		names = next
	}
	for _, n := range names {
		if t := homeTown(n + tail); t != "" {
			return t
		}
	}
	return ""
}

// caseStems: w as written, then the stems cut by one to four letters
// (keeping four), each as it is and with the vowel a case ending
// replaced.
func caseStems(w string) []string {
	out := []string{w}
	rs := []rune(w)
	if len(rs) == 0 {
		return out
	}
	if short, ok := longVowels[rs[len(rs)-1]]; ok {
		out = append(out, string(rs[:len(rs)-1])+string(short)) // Latvian "Rīgā" is in Rīga
	}
	for k := 1; k <= 4 && len(rs)-k >= 4; k++ {
		out = append(out, stemVariants(rs[:len(rs)-k])...)
	}
	return out
}

// stemVariants: the stem, with a long final vowel shortened
// ("Várpalotá" → "Várpalota"), a final consonant softened as Czech writes
// it at a word's end ("Náměšt" → "Náměšť"), and with the vowel or
// Lithuanian ending a case ending replaced ("Jihlav" → "Jihlava",
// "Šalčinink" → "Šalčininkai").
func stemVariants(stem []rune) []string {
	s := string(stem)
	out := []string{s}
	last := stem[len(stem)-1]
	if short, ok := longVowels[last]; ok {
		out = append(out, string(stem[:len(stem)-1])+string(short))
	}
	if soft, ok := softConsonants[last]; ok {
		out = append(out, string(stem[:len(stem)-1])+string(soft))
	}
	if soft, ok := polishSoft[last]; ok {
		out = append(out, string(stem[:len(stem)-1])+string(soft)) // "w Zamościu" is in Zamość, "w Poznaniu" in Poznań
	}
	if base, ok := strings.CutSuffix(s, "ow"); ok {
		out = append(out, base+"ów") // Polish ó opens before an ending: "w Rzeszowie" is in Rzeszów
	}
	for _, v := range []string{"a", "e", "i", "o", "ai", "as", "ius"} {
		out = append(out, s+v)
	}
	return out
}

var softConsonants = map[rune]rune{'t': 'ť', 'd': 'ď', 'n': 'ň'}

// polishSoft: the consonants Polish writes with an accent at a word's
// end and without it before a case ending's vowel ("Zamość", "Zamościu").
var polishSoft = map[rune]rune{'c': 'ć', 'n': 'ń', 's': 'ś', 'z': 'ź'}

var longVowels = map[rune]rune{'á': 'a', 'é': 'e', 'ó': 'o', 'ő': 'ö', 'ú': 'u', 'ű': 'ü', 'ā': 'a', 'ē': 'e', 'ī': 'i', 'ū': 'u'}

// withoutMarks is s without its letters' diacritics: "Rīga" → "Riga".
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(s))
}
