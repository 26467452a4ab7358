package tag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placePhrases finds places whose names the text writes with other
// words: a preposition that took a town's article, an elided one
// written onto it (d'Emmen), a county's generic
// word, an English landform's ("Sambisa Forest"), a continent's adjective in the
// headline (its first head words). Their words are marked known, never
// read as towns again. lower holds the words the text writes in lower case.
func (g *gazetteer) placePhrases(lang string, ws []word, known, orgPos []bool, head int, lower map[string]bool) []string {
	out := append(g.contractedTowns(lang, ws, known), g.counties(lang, ws, known)...)
	if lang == "en" {
		out = append(out, g.landforms(ws, known, orgPos, lower)...)
		out = append(out, trainingAreas(ws, known, orgPos)...)
	}
	out = append(out, g.elidedTowns(ws, known, orgPos)...)
	out = append(out, g.facilityPlaces(ws, known, orgPos)...)
	for i := range ws[:head] {
		if r, ok := continentAdjectives[ws[i].text]; ok && !known[i] {
			out = append(out, r) // "European defence spending reaches a record"
		}
	}
	return out
}

// continentAdjectives name the broad region a headline's story is about
// ("European", not the European Union: that is a known body's word).
var continentAdjectives = map[string]string{"European": "Europe", "Asian": "Asia", "African": "Africa"}

// elidedTowns finds towns with an article or preposition written onto
// them ("la place d'armes d'Emmen"), of four letters at least ("d'Or" is
// gold).
func (g *gazetteer) elidedTowns(ws []word, known, orgPos []bool) []string {
	var out []string
	for i, w := range ws {
		e, ok := elided(w)
		if !ok || !e.capped || known[i] || orgPos[i] || g.town(w.text) != "" || utf8.RuneCountInString(e.text) < 4 || commonWords[e.lower] {
			continue
		}
		if t := g.town(e.text); t != "" {
			out = append(out, t)
			known[i] = true
		}
	}
	return out
}

// contractedArticles are prepositions that French, Italian and Spanish
// write with the article of a town's name, mapped to that article: "du
// Havre" is in Le Havre, "della Spezia" in La Spezia. Only in those
// languages, and only in lower case: "Guillermo del Toro" in English and
// "Del Monte" are names, not El Toro and El Monte.
var contractedArticles = map[string]map[string]string{
	"fr": {"du": "Le", "au": "Le", "des": "Les", "aux": "Les"},
	"it": {"della": "La", "alla": "La", "dalla": "La", "nella": "La", "sulla": "La"},
	"es": {"del": "El", "al": "El"},
}

// contractedTowns finds towns whose article a preposition took in
// ("le port du Havre"), and marks their word known so that the rest of
// the name is not read as a town of its own (Havre, Montana).
func (g *gazetteer) contractedTowns(lang string, ws []word, known []bool) []string {
	var out []string
	for i := 1; i < len(ws); i++ {
		article, ok := contractedArticles[lang][ws[i-1].text]
		if !ok || !ws[i].capped || known[i] || !plainSep(ws[i]) {
			continue
		}
		if town := g.town(article + " " + ws[i].text); town != "" {
			out = append(out, town)
			known[i] = true
		}
	}
	return out
}

// bracketedNames are the words written in brackets right after a body's
// name ("Agency (Noa)"): its short name, never a town, wherever it
// stands.
func bracketedNames(ws []word, orgPos []bool) map[string]bool {
	out := map[string]bool{}
	for i := 1; i < len(ws); i++ {
		if orgPos[i-1] && !orgPos[i] && strings.HasSuffix(strings.TrimSpace(ws[i].sep), "(") {
			out[ws[i].text] = true
		}
	}
	return out
}

// listedAfter: the particle p that ended a run of capitalised words
// did not continue a town's name: a day or month follows ("Mumbai on
// Tuesday"), or "and" with another town ("Amstelveen en Hoofddorp"); not
// "Ponte de Sor". Dutch "en" counts here though not in andWords: it
// joins two towns, but stays inside the name of a body ("Ministerie van
// Justitie en Veiligheid").
func (g *gazetteer) listedAfter(p, next word) bool {
	return commonWords[next.lower] || ((andWords[p.lower] || p.lower == "en") && g.town(next.text) != "")
}

// cedillas writes Romanian's comma-below letters as the older cedilla
// forms some tables use ("Neamț", "Neamţ").
var cedillas = strings.NewReplacer("ș", "ş", "ț", "ţ", "Ș", "Ş", "Ț", "Ţ")

// countyWords are Romanian words for "county" (and "counties") that
// stand before its name: "județul Galați", "județele Iași și Vaslui".
var countyWords = set("județul", "judeţul", "județului", "judeţului", "județele", "judeţele", "județelor", "judeţelor")

// counties finds counties named with their generic word, tagged as the
// desk names them, "X County": "Tana River County" as written, the
// Romanian "județul X", Estonian "X maakond" and "Xmaa" in any of
// their cases ("Harjumaal", "Tartu maakonnas"); Ireland's "Co. X" and "County X" name X. The words
// are marked known, so the county's name is not tagged as its town's.
func (g *gazetteer) counties(lang string, ws []word, known []bool) []string {
	var out []string
	add := func(name string, from, to int) {
		out = append(out, name)
		for k := from; k < to; k++ {
			known[k] = true
		}
	}
	in := func(w word, country string) bool {
		return w.capped && (containsCode(g.cities.get(w.text), country) || containsCode(g.cities.get(cedillas.Replace(w.text)), country))
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch {
		case lang == "ro" && countyWords[w.lower]:
			for k := i + 1; k < len(ws) && (in(ws[k], "RO") || ((ws[k].lower == "și" || ws[k].lower == "şi") && k > i+1)); k++ {
				if ws[k].capped {
					add(ws[k].text+" County", k, k+1)
				}
			}
		case lang == "et" && w.capped:
			if i+1 < len(ws) && strings.HasPrefix(ws[i+1].lower, "maakon") && in(w, "EE") {
				add(w.text+" County", i, i+2)
				continue
			}
			for _, s := range caseStems(w.text) {
				if base, ok := strings.CutSuffix(s, "maa"); ok && containsCode(g.cities.get(base), "EE") {
					add(base+" County", i, i+1)
					break
				}
			}
		case w.text == "Co." || (w.text == "Co" && i+1 < len(ws) && strings.TrimSpace(ws[i+1].sep) == ".") || w.text == "County":
			if i+1 < len(ws) && in(ws[i+1], "IE") {
				add(ws[i+1].text, i, i+2)
			}
		}
		if generic, ok := regionWords[w.text]; ok && i > 0 && !known[i-1] {
			for start := max(0, i-3); start < i; start++ {
				if name := joinWords(ws[start:i]); ws[start].capped && sameRun(ws[start:i+1]) && g.cities.get(name) != "" {
					add(name+" "+generic, start, i+1)
					break
				}
			}
		}
	}
	return out
}

// regionWords follow the name of a county, state or province as the
// desk tags it ("Bayelsa State", "Semnan Province", "Kyiv Oblast"). A
// list that a plural closes ("the Kharkiv and Kherson regions", "Võru
// and Põlva counties") tags the bare names, as the seed corpus does.
var regionWords = map[string]string{"County": "County", "State": "State", "Province": "Province", "Region": "Region", "Oblast": "Oblast",
	"Prefecture": "Prefecture", "Governorate": "Governorate"}

// withoutBodysPlaces drops a place every mention of which is a word of
// an organisation's name, or of that name less its company form: the
// story is about the company "Arctic Sensor Oy" ("Arctic Sensor wins"),
// not the Arctic. A country stays: its national body's story is its
// own ("Royal Netherlands Navy"); so does a place the text never writes
// as tagged (an inflected or translated name). A town's article may
// stand before the body's name: "La Garde républicaine" names no La Garde.
func (g *gazetteer) withoutBodysPlaces(places, orgs []string, text string) []string {
	var spans [][2]int
	for _, o := range orgs {
		names := []string{o}
		if f := strings.Fields(o); len(f) > 1 && companyForms[f[len(f)-1]] {
			names = append(names, strings.Join(f[:len(f)-1], " "))
		}
		for _, n := range names {
			for _, at := range mentions(text, n) {
				spans = append(spans, [2]int{at, at + len(n)})
			}
		}
	}
	return slices.DeleteFunc(places, func(p string) bool {
		at := mentions(text, p)
		article := 0 // "La Garde" in "La Garde républicaine": the body's article is no word of its name
		if first, _, ok := strings.Cut(p, " "); ok && placeArticles[first] {
			article = len(first) + 1
		}
		return len(at) > 0 && !g.isCountry[p] && !slices.ContainsFunc(at, func(i int) bool {
			return !slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= i+article && i+len(p) <= s[1] })
		})
	})
}

// mentions are the offsets of name in text as a whole word or words.
func mentions(text, name string) []int {
	var out []int
	for from := 0; name != ""; {
		i := strings.Index(text[from:], name)
		if i < 0 {
			break
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(name):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			out = append(out, i)
		}
		from = i + len(name)
	}
	return out
}

// withoutHeadOffice cuts a Japanese company's head-office note after its
// name, "（本社：東京都港区、…）": an address, not a place of the story.
func withoutHeadOffice(s string) string {
	if !strings.Contains(s, "本社") {
		return s
	}
	return headOffice.ReplaceAllString(s, "")
}

var headOffice = regexp.MustCompile(`[（(]本社[：:][^）)]*[）)]`)

// landformWords end English names of places that no table lists: a
// forest, moor or pass where the story happens ("Saddleworth Moor",
// "Suwałki Gap").
var landformWords = set("River", "Island", "Islands", "Forest", "Moor", "Gap", "Harbour", "Harbor", "Peninsula", "Desert", "Mountains", "Hills", "Valley",
	"Heights", "Glacier", "Fjord", "Delta", "Basin", "Base", "Station")

// landformHeads open English names of places before "of": "Gulf of St.
// Lawrence", "Isle of Mull".
var landformHeads = set("Gulf", "Bay", "Isle", "Strait", "Straits", "Sea", "Lake", "Cape")

// landforms finds one or two capitalised words before a landform word,
// or after a landform head and "of",
// a name of its own unless a body's ("Portlaw Harbour Board") or a
// longer known name holds it, or one of its words is an ordinary word
// (of the topic vocabulary, or one the text writes in lower case, in
// lower): "the Gender Pay Gap", "our Data Valley campus" name no place.
func (g *gazetteer) landforms(ws []word, known, orgPos []bool, lower map[string]bool) []string {
	var out []string
	ordinary := func(w word) bool { return g.common[w.lower] || commonWords[w.lower] || lower[w.lower] }
	for i := 0; i+2 < len(ws); i++ {
		if !landformHeads[ws[i].text] || ws[i+1].text != "of" || known[i] || orgPos[i] || !plainSep(ws[i+1]) || !plainSep(ws[i+2]) {
			continue
		}
		end := i + 2
		for end < len(ws) && end < i+4 && ws[end].capped && !known[end] && !ordinary(ws[end]) && (end == i+2 || plainSep(ws[end])) {
			end++
		}
		if end == i+2 {
			continue
		}
		out = append(out, joinWords(ws[i:end]))
		for k := i; k < end; k++ {
			known[k] = true
		}
	}
	for i := 1; i < len(ws); i++ {
		if !landformWords[ws[i].text] || known[i] || orgPos[i] || !plainSep(ws[i]) || (i+1 < len(ws) && ws[i+1].capped && plainSep(ws[i+1])) {
			continue
		}
		end, last := i, i
		if baseWords[ws[i].text] && i > 1 && ws[i-1].text == "Air" && plainSep(ws[i-1]) && !known[i-1] && !orgPos[i-1] {
			// "Keflavík Air Base": the place is the name before both
			// words, as the seed corpus tags it ("Keflavík", "Ørland").
			i--
			last = i - 1
		} else if baseWords[ws[i].text] {
			continue // "the base", "Naval Base Clyde"
		}
		start := i
		for start > max(0, i-2) && ws[start-1].capped && !known[start-1] && !runStop[ws[start-1].text] && (start == i || plainSep(ws[start])) {
			start--
		}
		if start == i || slices.ContainsFunc(ws[start:i], ordinary) {
			i = end
			continue
		}
		out = append(out, joinWords(ws[start:last+1]))
		for k := start; k <= end; k++ {
			known[k] = true
		}
		i = end
	}
	return out
}

// baseWords end a landform only after "Air": an air base or station
// is named after its place ("Ämari Air Base" is at Ämari).
var baseWords = set("Base", "Station")

// facilityWords name a military training area, an air or naval base or
// a border crossing before the place it is at (keyed in lower case): the
// place is the story's even when no table lists it ("vojenském újezdu
// Libavá", "Truppenübungsplatz Allentsteig", "vliegbasis De Kooy",
// "valico di Fernetti").
var facilityWords = set("cvičiště", "cvičišti", "újezd", "újezdu", "újezdě", "truppenübungsplatz", "truppenübungsplatzes", "übungsplatz",
	"fliegerhorst", "fliegerhorstes", "vliegbasis", "vliegbases", "marinebasis", "marinevliegkamp", "valico", "comarca", "polígono",
	"poligono", "harjoitusalue", "harjoitusalueella", "övningsfält", "skjutfält")

// facilityPrepositions may stand between a facility word and the
// place: "valico di Fernetti", "comarca de Ferrolterra".
var facilityPrepositions = set("de", "di", "da", "do", "del", "della", "du", "d'")

// facilityPlaces finds the places facilityWords introduce: one to three
// capitalised words not known otherwise, and the next of a list ("de
// vliegbases Leeuwarden en Gilze-Rijen").
func (g *gazetteer) facilityPlaces(ws []word, known, orgPos []bool) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		if !facilityWords[ws[i].lower] {
			continue
		}
		j := i + 1
		if facilityPrepositions[ws[j].lower] && !ws[j].capped && j+1 < len(ws) {
			j++
		}
		for j < len(ws) {
			end := j
			for end < len(ws) && end < j+3 && ws[end].capped && !ws[end].start && plainSep(ws[end]) && !known[end] && !orgPos[end] && !allDigits(ws[end].text) {
				end++
			}
			if end == j {
				break
			}
			name := joinWords(ws[j:end])
			if t := g.town(name); t != "" {
				name = t
			}
			out = append(out, name)
			for k := j; k < end; k++ {
				known[k] = true
			}
			if end+1 < len(ws) && (andWords[ws[end].lower] || ws[end].lower == "en" || ws[end].lower == "a") && plainSep(ws[end]) {
				j = end + 1
				continue
			}
			break
		}
	}
	return out
}

// trainingAreas finds the places an English "training area" follows
// ("the Harcombe training area", "the Grafenwoehr and Hohenfels training
// areas"): one or two capitalised words not known otherwise.
func trainingAreas(ws []word, known, orgPos []bool) []string {
	var out []string
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].text != "training" || (ws[i+1].text != "area" && ws[i+1].text != "areas") {
			continue
		}
		for end := i; end > 0; {
			start := end
			for start > max(0, end-2) && ws[start-1].capped && !ws[start-1].start && !known[start-1] && !orgPos[start-1] && !runStop[ws[start-1].text] && (start == end || plainSep(ws[start])) {
				start--
			}
			if start == end || !plainSep(ws[end]) {
				break
			}
			out = append(out, joinWords(ws[start:end]))
			for k := start; k < end; k++ {
				known[k] = true
			}
			if start < 2 || !andWords[ws[start-1].text] || !plainSep(ws[start-1]) {
				break
			}
			end = start - 1
		}
	}
	return out
}
