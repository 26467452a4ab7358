package tag

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/draft"
)

type entities struct {
	people, orgs, places []string
}

// collector keeps canonical names in order of first mention.
type collector struct {
	seen  map[string]bool
	names []string
}

func (c *collector) add(name string) {
	name = strings.TrimSpace(name)
	key := strings.ToLower(name)
	if name == "" || c.seen[key] {
		return
	}
	if c.seen == nil {
		c.seen = map[string]bool{}
	}
	c.seen[key] = true
	c.names = append(c.names, name)
}

// drop removes a name found earlier.
func (c *collector) drop(name string) {
	if key := strings.ToLower(name); c.seen[key] {
		delete(c.seen, key)
		c.names = slices.DeleteFunc(c.names, func(n string) bool { return strings.EqualFold(n, name) })
	}
}

// entities finds people, organisations and places in the headline and
// story text. The dateline and the sender's address are not in that
// text, so a place named only there is not tagged.
func (t *Tagger) entities(d *draft.Draft, text string) entities {
	text = withoutContactLines(text)
	headText := d.Headline + "\n" + text // headline and story, read by several passes below
	ws := wordsOf(headText)
	var people, orgs, places collector
	inOrg := map[string]bool{} // words of organisation names, never a city or a person
	issuer, issuerCanonical := t.issuer(d.Issuer)
	if written := asWritten(issuer, ws); written != issuer {
		if issuerCanonical == issuer {
			issuerCanonical = written
		}
		issuer = written
	}
	if issuer != "" {
		orgs.add(issuer)
		markWords(inOrg, issuer)
	}
	headWords := len(wordsOf(d.Headline))
	broadSeen := map[string]bool{}
	readAs := map[string][]string{} // a known place → the words that named it
	// Known names first: countries, regions, seas, international bodies.
	known := make([]bool, len(ws))     // words of a known name, never a city
	orgEnds := make([]bool, len(ws)+1) // orgEnds[i]: a known organisation's name ends before word i
	for i := 0; i < len(ws); {
		e, n := t.geo.lookup(ws, i)
		if n == 1 && e.kind == kindPlace && t.geo.foreignShort(ws[i], d.Language) {
			n = 0
		}
		if n == 0 {
			e, n = t.geo.acronymStem(ws[i])
		}
		if n > 0 && e.kind == kindOrg && casedLanguages[d.Language] {
			if inf, m := t.geo.inflectedOrg(ws, i); m > n {
				e, n = inf, m // "Kara Kuvvetleri Komutanlığına": the longer body in a case, not "Kara Kuvvetleri"
			}
		}
		if n == 0 && casedLanguages[d.Language] {
			if inf, ok := t.geo.inflected(d.Language, ws[i]); ok && !t.geo.isTown(ws[i].text) {
				e, n = inf, 1
			} else if e, n = t.geo.inflectedOrg(ws, i); n == 0 {
				e, n = t.geo.lemmaOrg(ws, i)
			}
		}
		if n == 0 && d.Language == "vi" {
			e, n = t.geo.loneCountry(ws, i)
		}
		if n == 0 && (casedLanguages[d.Language] || d.Language == "de") {
			e, n = t.forms.find(ws, i) // "des Technischen Hilfswerks", "Państwową Strażą Pożarną"
		}
		if n == 0 && d.Language == "fi" && !ws[i].capped && (i == 0 || !ws[i-1].capped || !strings.HasSuffix(ws[i-1].lower, "n")) { // not "Latvian puolustusministeriö"
			e, n = t.geo.lowerBody(ws[i])
		}
		if n == 0 || (e.kind == kindPlace && (longerCity(t.geo, ws, i, n) || landformEnd(ws, i, n))) {
			i++
			continue
		}
		for k := i; k < i+n; k++ {
			known[k] = true
		}
		if j := i + n; e.kind == kindPlace && j < len(ws) && landformWords[ws[j].text] && !baseWords[ws[j].text] && plainSep(ws[j]) && !ws[j].start &&
			(j+1 == len(ws) || !ws[j+1].capped || !plainSep(ws[j+1])) {
			// "the Niger Delta", "the Jordan Valley": the landform the
			// place names is the place, not the country or town.
			known[j] = true
			places.add(joinWords(ws[i : j+1]))
			i = j + 1
			continue
		} else if e.kind == kindPlace && broadRegions[e.canonical] && i > 0 && compassWords[ws[i-1].text] && plainSep(ws[i]) && !known[i-1] {
			// "Western Pacific", "Southeast Asia", "Central Mediterranean":
			// a part of a broad region is a place of its own.
			known[i-1] = true
			places.add(ws[i-1].text + " " + e.canonical)
		} else if e.kind == kindPlace && i > 0 && known[i-1] && !ws[i].start && plainSep(ws[i]) && orgEnds[i] {
			// "Thales UK", "Airbus Deutschland": a company's national arm,
			// not a place of the story.
		} else if e.kind == kindPlace && n == 1 && d.Language == "en" && !t.geo.isCountry[e.canonical] && (broadRegions[e.canonical] || ws[i].text != e.canonical) &&
			i+1 < len(ws) && ws[i+1].capped && plainSep(ws[i+1]) && !ws[i+1].start && !runStop[ws[i+1].text] && !calendarWords[ws[i+1].text] {
			// "Baltic Defence Line", "NATO Baltic Air Policing", "a Pacific
			// Conflict": a region's adjective opens a name of something
			// else, not a place of the story. A word no name goes on
			// with ("to Europe After …" in a title-case headline, "in the
			// Arctic Tuesday") leaves the region a place.
		} else if e.kind == kindPlace && e.exact && (qualifier(ws, i+n, d.Language) || currencyOwner(ws, i, n)) {
			// "U.S. Army", "US paratroopers", "US$ 1.3 billion", "180
			// миллионов долларов США", "180 milyon ABD doları": the
			// abbreviation qualifies a noun; the story is not about the place.
		} else if e.kind == kindPlace {
			if !broadRegions[e.canonical] || openWaters[e.canonical] || i < headWords || broadSeen[e.canonical] {
				places.add(e.canonical)
				for _, w := range ws[i : i+n] {
					readAs[e.canonical] = append(readAs[e.canonical], w.text)
				}
			}
			broadSeen[e.canonical] = true
		} else {
			name := e.canonical
			if j := i + n; j < len(ws) && arabicNisba(ws[j]) && unicode.Is(unicode.Arabic, firstRune(name)) {
				// "وزارة الداخلية الأردنية": the country's adjective after a
				// body's Arabic name is part of the name
				name += " " + ws[j].text
				known[j] = true
				n++
			}
			orgs.add(name)
			markWords(inOrg, name)
			orgEnds[i+n] = true
		}
		i += n
	}
	for _, name := range pluralSeas(ws) {
		if e, ok := t.geo.names[strings.ToLower(name)]; ok && e.kind == kindPlace {
			places.add(e.canonical)
		}
	}
	for _, name := range t.geo.unspacedBodies(headText) {
		orgs.add(name)
	}
	unspacedPlaces := t.geo.findUnspaced(withoutHeadOffice(headText))
	for _, e := range unspacedPlaces {
		if e.kind == kindPlace && broadRegions[e.canonical] && !openWaters[e.canonical] && !broadSeen[e.canonical] &&
			!strings.Contains(d.Headline, e.canonical) && !slices.Contains(t.geo.findUnspaced(d.Headline), e) &&
			len(slices.DeleteFunc(slices.Clone(unspacedPlaces), func(o entry) bool { return o != e })) < 2 {
			continue // a broad region named once outside the headline ("在欧洲销售")
		}
		if e.kind == kindPlace {
			places.add(e.canonical)
		} else {
			orgs.add(e.canonical)
		}
	}
	acronyms := map[string]string{}
	orgPos := make([]bool, len(ws)) // words inside an organisation's name, never a city
	dashEnd := 0                    // the end of a name's qualifier after a dash, read with the name
	for _, whole := range capitalRuns(withoutElisions(ws), d.Language) {
		if whole.start < dashEnd {
			continue
		}
		if roleHeads[whole.words[0].text] {
			markWords(inOrg, joinWords(whole.words)) // "Capo di Stato Maggiore della Difesa": a role, no person's name
		}
		if whole = withoutMemberRole(ws, whole, t.geo); len(whole.words) == 0 {
			continue
		}
		for _, r := range orgParts(withoutHolder(ws, fromAcronymStart(whole), t.geo), t.geo) {
			if len(r.words) == 1 && companyForms[r.words[0].text] {
				continue // "Kestrel Autonomy, Inc.": the form alone names nobody
			}
			if r.acronym == "" && !slices.Contains(known[r.start:r.start+len(r.words)], false) && !countryBody(t.geo, r.words) {
				continue // the gazetteer read it already, in its canonical form ("Agencji Uzbrojenia")
			}
			if r.start > 0 && known[r.start-1] && known[r.start] && plainSep(ws[r.start]) {
				continue // the tail of a longer known name ("Програма розвитку ООН (ПРООН)" is not the UN)
			}
			if end := r.start + len(r.words); r.acronym == "" && len(r.words) > 1 && ws[r.start].start && !slices.Contains(known[r.start+1:end], false) {
				continue // a sentence's first word before a known name: "Denizde Sahil Güvenlik Komutanlığı"
			}
			for len(r.words) > 1 && !r.words[len(r.words)-1].capped && !companyForms[r.words[len(r.words)-1].text] {
				r.words = r.words[:len(r.words)-1] // "Service de" cut at a line end
			}
			if len(r.words) == 1 {
				if lemma, ok := compoundLemma(r.words[0].text); ok {
					r.words = []word{r.words[0]}
					r.words[0].text, r.words[0].lower = lemma, strings.ToLower(lemma) // "des Landeskriminalamts", "Maanteeameti"
				}
			}
			full := joinWords(r.words)
			e, known := t.geo.names[strings.ToLower(full)]
			switch {
			case known && e.kind == kindPlace:
				continue
			case r.acronym != "" && (shipPrefixes[r.acronym] || !known && !isOrgName(r.words) && !acronymOfKnown(t.geo, r)):
				continue // "Light Utility Helicopters (LUH)", "His Majesty's Canadian Ship (HMCS)": a thing, not a body
			case r.acronym != "":
				// The name defines the acronym; a gazetteer entry for the
				// same letters may be another body ("EDF").
				name := full
				if known {
					name = e.canonical
				} else if a, ok := t.geo.names[strings.ToLower(r.acronym)]; ok && a.kind == kindOrg {
					// "NATO-led Kosovo Force (KFOR)": the tail names it.
					for k := 1; k < len(r.words); k++ {
						if tail, ok := t.geo.names[wordsKey(r.words[k:])]; ok && tail.canonical == a.canonical {
							name = a.canonical
							break
						}
					}
				}
				acronyms[r.acronym] = name
				orgs.add(name)
			case known:
				orgs.add(e.canonical)
			case isOrgName(r.words) || localBranch(r.words, t.geo):
				if d.Language == "pl" && companyForms[r.words[len(r.words)-1].text] {
					r.words = polishNominative(r.words)
					full = joinWords(r.words)
				}
				if end := r.start + len(r.words); dashQualifier(ws, end) > 0 {
					dashEnd = end + dashQualifier(ws, end)
					r.words = append(slices.Clone(r.words), ws[end:dashEnd]...)
					full = joinWords(r.words)
				}
				orgs.add(full)
			default:
				continue
			}
			markWords(inOrg, full)
			for i := r.start; i < r.start+len(r.words); i++ {
				orgPos[i] = true
			}
		}
	}
	if complementLanguages[d.Language] {
		for _, r := range lowerComplements(ws) {
			if known[r.start] {
				continue // the gazetteer read it in a case form ("Світовим банком")
			}
			name := joinWords(r.words)
			if e, ok := t.geo.names[strings.ToLower(name)]; ok && e.kind == kindPlace {
				continue
			}
			orgs.add(name)
			markWords(inOrg, name)
			for i := r.start; i < r.start+len(r.words); i++ {
				orgPos[i] = true
			}
		}
	}
	if romanceLanguages[d.Language] {
		for _, name := range lowerMinistries(ws) {
			if _, known := t.geo.names[strings.ToLower(name)]; !known {
				orgs.add(name)
				markWords(inOrg, name)
			}
		}
		for _, name := range romanceNames(ws) {
			if _, known := t.geo.names[strings.ToLower(name)]; known {
				continue // the gazetteer read it under its canonical name ("Agence spatiale européenne")
			}
			orgs.add(name)
			markWords(inOrg, name)
		}
	}
	if genitiveLanguages[d.Language] {
		for _, name := range t.geo.genitiveBodies(ws) {
			orgs.add(name)
			markWords(inOrg, name)
		}
	}
	for _, r := range acronymDefinitions(ws) {
		acr, name := r.acronym, joinWords(r.words)
		if _, done := acronyms[acr]; done || shipPrefixes[acr] {
			continue
		}
		if !slices.ContainsFunc(r.words, func(w word) bool { return !w.capped }) && !isOrgName(r.words) && !acronymOfKnown(t.geo, r) {
			continue // capitalised words without a body's generic word: "Light Utility Helicopters (LUH)"
		}
		if e, ok := t.geo.names[strings.ToLower(name)]; ok && e.kind == kindPlace {
			continue
		}
		if !slices.Contains(known[r.start:r.start+len(r.words)], false) {
			continue // the gazetteer read it in a case form ("Світовим банком (СБ)")
		}
		acronyms[acr] = name
		orgs.add(name)
		markWords(inOrg, name)
	}
	for _, r := range introducedCompanies(ws, t.geo, d.Language) {
		name := joinWords(r.words)
		if known[r.start] || orgPos[r.start] || slices.ContainsFunc(orgs.names, func(o string) bool { return strings.HasPrefix(o, name+" ") }) {
			continue // a known body, a word of a longer name, or a short form of one found ("Mostotech sp. z o.o.")
		}
		orgs.add(name)
		markWords(inOrg, name)
		orgPos[r.start] = true
	}
	// Every match holds 株式会社; most texts do not, and the pattern's
	// scripts make it slow to run on them.
	if all := headText; strings.Contains(all, "株式会社") {
		for _, name := range kabushikiKaisha.FindAllString(all, -1) {
			orgs.add(name)
		}
	}
	if strings.Contains(headText, "有限") {
		for _, name := range chineseCompanies(headText) {
			orgs.add(name)
		}
	}
	if strings.Contains(headText, "㈜") {
		for _, name := range hangulCompany.FindAllString(headText, -1) {
			orgs.add(name) // "한화에어로스페이스㈜는": the particle follows the mark
		}
	}
	for _, w := range ws {
		if name, ok := acronyms[w.text]; ok {
			orgs.add(name)
		}
	}
	contacts := map[string]bool{}
	for _, c := range d.Contacts {
		if c.Name != nil {
			contacts[strings.ToLower(*c.Name)] = true
		}
	}
	inPerson := map[string]bool{}
	for _, p := range append(findPeople(ws, t.geo, inOrg, founders(orgs.names)), findUncasedPeople(text)...) {
		markWords(inPerson, p)
		if contacts[strings.ToLower(p)] && !speaks(text, p) {
			continue
		}
		if d.Language == "hu" {
			p = westernOrder(p)
		}
		people.add(p)
	}
	for c, words := range readAs {
		if !slices.ContainsFunc(words, func(w string) bool { return !inPerson[w] }) {
			places.drop(c) // "contraamiralul Mihai Panait" names no Panama, "el capitán Jorge Mauricio Ruiz" no Mauritius
		}
	}
	lowerWords := t.commonInText(ws)
	for _, c := range t.geo.placePhrases(d.Language, ws, known, orgPos, headWords, lowerWords) {
		places.add(c)
	}
	for i := range orgPos {
		orgPos[i] = orgPos[i] || known[i]
	}
	markUnitTowns(d.Language, ws, orgPos)
	short := bracketedNames(ws, orgPos)
	for i := range orgPos {
		orgPos[i] = orgPos[i] || short[ws[i].text]
	}
	for _, c := range t.findCities(ws, orgPos, inPerson, lowerWords, d.Language == "de" || d.Language == "lb") {
		places.add(c)
	}
	for _, c := range t.geo.cyrillicCities(d.Language, ws, orgPos, inPerson) {
		places.add(c)
	}
	for _, c := range t.geo.inflectedTowns(d.Language, ws, orgPos, inPerson, lowerWords) {
		places.add(c)
	}
	for _, c := range t.geo.uncasedTowns(ws, inPerson) {
		places.add(c)
	}
	for _, r := range ukrainianRegions(ws) {
		places.add(r)
	}
	if d.Language == "en" {
		if services := nationalServices[t.geo.serviceCountry(d, places.names)]; services != nil {
			for _, s := range bareServices(ws) {
				name := services[s]
				if name == "" || slices.ContainsFunc(orgs.names, func(o string) bool { return o != name && strings.HasSuffix(o, " "+s) }) {
					continue // "the Indian Army … the Army": the service the text named, not the home country's
				}
				orgs.drop(s) // "Coast Guard" alone read as a name
				orgs.add(name)
			}
		}
	}
	if issuer != issuerCanonical {
		orgs.names = slices.DeleteFunc(orgs.names, func(o string) bool { return o == issuerCanonical })
	}
	orgs.names = withoutPeople(orgs.names, people.names)
	orgs.names = withoutShortForms(orgs.names, issuer)
	orgs.names = withoutIssuerCaseForms(orgs.names, issuer)
	orgs.names = withoutTails(orgs.names)
	orgs.names = withoutCountryShortForms(orgs.names, t.geo)
	orgs.names = withoutInnerNames(orgs.names, headText)
	orgs.names = withoutSentenceDots(orgs.names, headText)
	places.names = withoutStatesOfCities(places.names)
	places.names = t.geo.withoutStrayTowns(places.names, d, headText)
	places.names = t.geo.withoutBodysPlaces(places.names, orgs.names, headText)
	sortFirst := func(c collector) []string { return c.names }
	return entities{people: sortFirst(people), orgs: sortFirst(orgs), places: sortFirst(places)}
}

// arabicNisba: an Arabic adjective of origin with its article
// ("الأردنية", "العراقي"), which follows the noun it qualifies.
func arabicNisba(w word) bool {
	return plainSep(w) && strings.HasPrefix(w.text, "ال") && utf8.RuneCountInString(w.text) >= 5 &&
		(strings.HasSuffix(w.text, "ية") || strings.HasSuffix(w.text, "ي"))
}

// asWritten is name as the text writes it, when the text writes it
// with accents or in a case the name lost ("Υπουργειο Πολιτισμου" of
// a signature in capitals is the text's "Υπουργείο Πολιτισμού"), a
// capitalised mention, not the common noun ("politie"), nor a mention
// in capitals ("ACME CORP ANNOUNCES …" of a headline), which lost the
// case; else name.
func asWritten(name string, ws []word) string {
	nws := wordsOf(name)
	n := len(nws)
	if n == 0 {
		return name
	}
	key, first := unaccented(name), utf8.RuneCountInString(nws[0].text)
	for i := 0; i+n <= len(ws); i++ {
		// an accent leaves a composed word's letters as many: count them first
		if ws[i].capped && utf8.RuneCountInString(ws[i].text) == first && sameRun(ws[i:i+n]) && unaccented(joinWords(ws[i:i+n])) == key {
			if written := joinWords(ws[i : i+n]); written != strings.ToUpper(written) {
				return written
			}
		}
	}
	return name
}

// unaccented writes a name without accents, in lower case, with one
// Greek sigma.
func unaccented(s string) string {
	return strings.ReplaceAll(strings.ToLower(withoutMarks(s)), "ς", "σ")
}

// dashQualifier: the number of capitalised words, two to four, that
// follow a name after a spaced dash and belong to it ("Information
// Fusion Centre – Indian Ocean Region", "Λιμενικό Σώμα – Ελληνική
// Ακτοφυλακή"), or 0.
func dashQualifier(ws []word, j int) int {
	if j >= len(ws) || strings.TrimSpace(ws[j].sep) != "–" || !ws[j].capped || ws[j].start {
		return 0
	}
	k := j + 1
	for k < len(ws) && plainSep(ws[k]) && !ws[k].start && ws[k].capped && !ws[k-1].poss {
		k++
	}
	if n := k - j; n >= 2 && n <= 4 && !ws[k-1].poss {
		return n
	}
	return 0
}

// acronymOfKnown: the acronym is a known body's, as in "NATO-led Kosovo
// Force (KFOR)".
func acronymOfKnown(g *gazetteer, r run) bool {
	a, ok := g.names[strings.ToLower(r.acronym)]
	return ok && a.kind == kindOrg
}

// countryBody: a country's name before a known body's ("Pakistan Deniz
// Kuvvetleri") names that country's body, not the one the gazetteer
// knows under the generic name.
func countryBody(g *gazetteer, ws []word) bool {
	if len(ws) < 3 {
		return false
	}
	first, ok := g.names[ws[0].lower]
	if !ok || first.kind != kindPlace || !g.isCountry[first.canonical] {
		return false
	}
	body, ok := g.names[wordsKey(ws[1:])]
	return ok && body.kind == kindOrg
}

// qualifier: the word at j follows an abbreviated place name as the
// noun it qualifies, in English (other languages put the abbreviation
// after the noun: "armata SUA"), or a currency sign follows it ("US$").
func qualifier(ws []word, j int, lang string) bool {
	if j >= len(ws) {
		return false
	}
	if strings.ContainsAny(strings.TrimSpace(ws[j].sep), "$€£¥") {
		return true
	}
	return lang == "en" && plainSep(ws[j]) && !ws[j].start && !freeWords[ws[j].lower]
}

// currencyOwner: the abbreviation at ws[i:i+n] names whose currency the
// word before or after it is ("долларов США", "ABD doları", "dolarów
// USA").
func currencyOwner(ws []word, i, n int) bool {
	return i > 0 && plainSep(ws[i]) && currencyWord(ws[i-1].lower) || i+n < len(ws) && plainSep(ws[i+n]) && currencyWord(ws[i+n].lower)
}

// currencyWord: a word for a dollar in the desk's languages, in any case
// form (the stems "dollar", "dolar", "dólar", "доллар", "долар", "δολάρ").
func currencyWord(lower string) bool {
	for _, stem := range dollarStems {
		if strings.HasPrefix(lower, stem) {
			return true
		}
	}
	return false
}

var dollarStems = []string{"dollar", "dolar", "dólar", "dolár", "доллар", "долар", "δολάρ"}

// freeWords may follow a place's abbreviation that stands as a noun:
// "in the US and Canada", "to the UK last year".
var freeWords = set("and", "or", "but", "nor", "in", "on", "at", "to", "for", "from", "by", "with", "since", "until", "last", "this",
	"next", "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "should", "must", "did", "does",
	"as", "than", "that", "which", "who", "where", "when", "after", "before", "during", "over", "under", "itself", "alone")

// broadRegions are tagged only when the story is about them: named in
// the headline or more than once, not in passing ("across Europe").
var broadRegions = set("Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Middle East", "Arctic",
	"Atlantic", "Pacific", "Indian Ocean", "Balkans", "Scandinavia", "Eastern Europe", "Central Europe", "Northern Europe",
	"Western Europe", "Southern Europe", "Indo-Pacific", "Caucasus", "North Atlantic", "High North", "Mediterranean", "Caribbean")

// openWaters are the broad regions that are seas: a ship, patrol or
// seizure named there is the story's place, though the text names it
// once ("a deployment in the North Atlantic").
var openWaters = set("Indian Ocean", "North Atlantic", "Mediterranean")

// compassWords name a part of a broad region ("Western Pacific").
var compassWords = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeast",
	"Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West", "Upper", "Lower")

// pluralSeas reads names that share their generic word: "the Baltic and
// North Seas" names the Baltic Sea and the North Sea.
func pluralSeas(ws []word) []string {
	var out []string
	for i := 3; i < len(ws); i++ {
		generic, ok := pluralGeneric[ws[i].text]
		if !ok || !andWords[ws[i-2].text] || !ws[i-1].capped || !ws[i-3].capped || !sameRun(ws[i-3:i+1]) {
			continue
		}
		out = append(out, ws[i-3].text+" "+generic, ws[i-1].text+" "+generic)
	}
	return out
}

var pluralGeneric = map[string]string{"Seas": "Sea", "Oceans": "Ocean", "Straits": "Strait", "Gulfs": "Gulf"}

// withoutContactLines drops the short paragraphs that give an email
// address or a phone number: a contact or a postal address left in the
// story, whose town and office the story is not about ("Press Office,
// Rue de la Loi 200, 1049 Brussels. Tel: +32 2 …").
func withoutContactLines(text string) string {
	contact := func(p string) bool {
		return (strings.Contains(p, "@") || phoneDigits(p)) && strings.Count(p, " ") < 25
	}
	if !strings.Contains(text, "@") && !phoneDigits(text) {
		return text // most stories: no paragraph to look at
	}
	paras := strings.Split(text, "\n")
	if !slices.ContainsFunc(paras, contact) {
		return text
	}
	out := paras[:0]
	for _, p := range paras {
		if !contact(p) {
			out = append(out, p)
		} else if story := storyBeforeContact(p); story != "" {
			out = append(out, story)
		}
	}
	return strings.Join(out, "\n")
}

// storyBeforeContact is the prose a contact paragraph opens with, before
// the contact: "The exercise took place in Leeds." of "The exercise took
// place in Leeds. Contact: press@example.org". A sentence of prose has
// three words or more in lower case; an address has few ("Press Office,
// 12 Harbour Street, Leith EH6 6QS, Scotland.").
func storyBeforeContact(p string) string {
	kept := 0 // the end of the prose sentences read
	for from := 0; ; {
		k := strings.Index(p[from:], ". ")
		if k < 0 {
			break
		}
		from += k + 2
		if r, _ := utf8.DecodeRuneInString(p[from:]); !unicode.IsUpper(r) {
			continue // "Tel. +44", "6.30 a.m. in"
		}
		sentence := p[kept:from]
		if strings.Contains(sentence, "@") || phoneDigits(sentence) || lowerWords(sentence) < 3 {
			break
		}
		kept = from
	}
	return strings.TrimSpace(p[:kept])
}

// lowerWords counts the words of s that open in lower case.
func lowerWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			n++
		}
	}
	return n
}

// phoneDigits: s holds a phone number, eight digits or more in groups
// split by spaces, dots, dashes or brackets, with a space or a plus
// among them ("+32 2 299 1111", "020 7218 7907"; not "2024-2025"). A
// date ("12.03.2025 10 Uhr") and an amount with spaces between its
// thousands ("12 500 000 euros") are no phone number.
func phoneDigits(s string) bool {
	if !strings.ContainsAny(s, "0123456789") {
		return false
	}
	if digitSepDigit(s) {
		s = numericDate.ReplaceAllString(s, "x")
	}
	for len(s) > 0 {
		i := strings.IndexAny(s, "0123456789+")
		if i < 0 {
			return false
		}
		s = s[i:]
		j := strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune("0123456789+() .-/", r) })
		if j < 0 {
			j = len(s)
		}
		if phoneRun(strings.TrimRight(s[:j], " ().-/")) {
			return true
		}
		s = s[j:]
	}
	return false
}

// digitSepDigit: s has a digit, a dot, slash or dash, and a digit in a
// row, which every numericDate match holds; without one, replacing
// numericDate changes nothing and its regexp need not run.
func digitSepDigit(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if c := s[i]; (c == '.' || c == '/' || c == '-') && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// numericDate is a date written in digits, "12.03.2025", "2025-03-12".
var numericDate = regexp.MustCompile(`\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}`)

// phoneRun: a run of digits and separators is a phone number.
func phoneRun(run string) bool {
	groups := strings.FieldsFunc(run, func(r rune) bool { return r < '0' || r > '9' })
	digits := 0
	for _, g := range groups {
		digits += len(g)
	}
	if digits < 8 || !strings.ContainsAny(strings.TrimLeft(run, "0123456789.-/"), " +()") {
		return false
	}
	if strings.ContainsAny(run, "+()") || strings.Count(run, " ") != len(groups)-1 || strings.ContainsAny(run, ".-/") {
		return true
	}
	// Only single spaces between groups: "12 500 000" is an amount.
	if len(groups[0]) > 3 || groups[0][0] == '0' {
		return true
	}
	return slices.ContainsFunc(groups[1:], func(g string) bool { return len(g) != 3 })
}

// speaks: a paragraph that names the person quotes someone, in quote
// marks or after the dash that opens a quote in Nordic and Slavic
// releases ("– Det här är …, säger vd …"). A media contact is a person
// of the story only when the story quotes them; a contact block left in
// the text quotes nobody.
func speaks(text, name string) bool {
	for _, para := range strings.Split(text, "\n") {
		if strings.Contains(para, name) && (strings.ContainsAny(para, "\"“”«»„") || quoteDash(para)) {
			return true
		}
	}
	return false
}

// quoteDash: the paragraph opens with a dash and a space, as a quote.
func quoteDash(para string) bool {
	for _, d := range []string{"– ", "— ", "― ", "- "} {
		if strings.HasPrefix(strings.TrimSpace(para), d) {
			return true
		}
	}
	return false
}

// withoutStatesOfCities drops "Virginia" and "Norfolk" when "Norfolk,
// Virginia" is there, and "Bayelsa" when "Bayelsa State" is (a county
// keeps its town: "Tana River" flows through Tana River County).
func withoutStatesOfCities(places []string) []string {
	parts := map[string]bool{}
	for _, p := range places {
		if city, st, ok := strings.Cut(p, ", "); ok {
			parts[city], parts[st] = true, true
		}
		if i := strings.LastIndex(p, " "); i > 0 && p[i+1:] != "County" && regionWords[p[i+1:]] != "" {
			parts[p[:i]] = true // "Bayelsa" of "Bayelsa State"
		}
	}
	return slices.DeleteFunc(places, func(p string) bool { return parts[p] })
}

// longerCity: a known name is part of a town's or region's longer name
// ("Colorado Springs", "Virginia Beach", "New South Wales") or a town
// before its state ("Norfolk, Virginia"), which the city finder tags.
func longerCity(g *gazetteer, ws []word, i, n int) bool {
	for k := max(0, i-3); k < i; k++ {
		if ws[k].capped && !ws[k].start && sameRun(ws[k:i+n]) && g.cities.get(joinWords(ws[k:i+n])) != "" {
			return true
		}
	}
	j := i + n
	if j >= len(ws) || !ws[j].capped {
		return false
	}
	switch strings.TrimSpace(ws[j].sep) {
	case "":
		return plainSep(ws[j]) && g.cities.get(joinWords(ws[i:j+1])) != ""
	case ",":
		return states[ws[j].text] != "" && g.cities.get(joinWords(ws[i:j])) != ""
	}
	return false
}

// landformEnd: a one-word known name is the generic end of a landform's
// ("Rottnest Island" is no Iceland, which German calls "Island").
func landformEnd(ws []word, i, n int) bool {
	return n == 1 && landformWords[ws[i].text] && i > 0 && ws[i-1].capped && !ws[i].start && plainSep(ws[i])
}

// commonInText: words the text also writes in lower case are ordinary
// words there ("research", "principal"), not towns.
func (t *Tagger) commonInText(ws []word) map[string]bool {
	out := make(map[string]bool, len(ws)/2) // most words of prose are lower case: no regrowing
	for _, w := range ws {
		if !w.capped {
			out[w.text] = true
		}
	}
	return out
}

func markWords(m map[string]bool, name string) {
	for _, w := range strings.Fields(name) {
		m[w] = true
	}
}

func joinWords(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			if strings.TrimSpace(w.sep) == "–" {
				b.WriteString(" – ") // "Information Fusion Centre – Indian Ocean Region"
			} else if strings.HasPrefix(w.sep, "- ") && strings.TrimSpace(w.sep) == "-" {
				b.WriteString("- ") // "Immigratie- en Naturalisatiedienst": a compound's shared end left out
			} else if strings.Contains(w.sep, "-") && strings.TrimSpace(w.sep) == "-" {
				b.WriteString("-")
			} else if strings.TrimSpace(w.sep) == "," {
				b.WriteString(", ") // a list inside a name
			} else if strings.TrimSpace(w.sep) == "&" {
				b.WriteString(" & ") // "Marine & Subsea AS
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// run is a sequence of capitalised words read as one name.
type run struct {
	start   int // index of words[0] in the text's words
	words   []word
	acronym string // "EDA" when the text goes on "(EDA)"
}

// withoutElisions reads an elided article written onto a name's first
// word as the word alone: "dell'Agenzia delle Dogane", "l'Office
// fédéral" open their names.
func withoutElisions(ws []word) []word {
	out := ws
	for i, w := range ws {
		if e, ok := elided(w); ok && e.capped {
			if &out[0] == &ws[0] {
				out = slices.Clone(ws)
			}
			out[i] = e
		}
	}
	return out
}

// capitalRuns finds names: capitalised words in a row, joined by
// connectors, without a leading sentence opener such as "The".
func capitalRuns(ws []word, lang string) []run {
	// "Ministerie van Justitie en Veiligheid", "Politsei- ja Piirivalveamet"
	connector := func(w string) bool {
		return connectors[w] || (lang == "nl" && w == "en") || ((lang == "et" || lang == "fi") && w == "ja") || (lang == "el" && greekConnectors[w])
	}
	var out []run
	for i := 0; i < len(ws); {
		if !ws[i].capped || runStop[ws[i].text] || ws[i].start && sentenceOpeners[ws[i].text] {
			i++
			continue
		}
		j := i + 1
		plural := -1 // the word that ends in a plural possessive inside the name
		for j < len(ws) && (plainSep(ws[j]) || ampJoins(ws, j) || (plural < 0 && pluralPossessive(ws, j))) && !ws[j].start && !ws[j-1].poss {
			if !plainSep(ws[j]) && !ampJoins(ws, j) {
				plural = j - 1
			}
			if ws[j].capped {
				j++
				continue
			}
			if j+2 < len(ws) && (ws[j].text == "of" && ws[j+1].text == "the" || andWords[ws[j].text] && (contractions[ws[j+1].text] || romanceLanguages[lang] && articles[ws[j+1].text]) || ofWords[ws[j].text] && articles[ws[j+1].text]) && ws[j+2].capped && plainSep(ws[j+1]) && plainSep(ws[j+2]) {
				j += 3
				continue
			}
			if (connector(ws[j].text) || companyForms[ws[j].text]) && ws[j].text != "the" && !companyForms[ws[j-1].text] && j+1 < len(ws) && ws[j+1].capped && plainSep(ws[j+1]) && !runStop[ws[j+1].text] && !calendarWords[ws[j+1].text] && !allDigits(ws[j+1].text) {
				j += 2
				continue
			}
			if companyForms[ws[j].text] {
				j++
			}
			break
		}
		if j < len(ws) && j > i+1 && strings.TrimSpace(ws[j].sep) == "," && commaForms[ws[j].text] {
			j++ // "Paragon Ridge Defense Systems, Inc."
		}
		j += longForm(ws, j) // "Mostotech sp. z o.o.", "Agua Clara Infraestructura, S.A.P.I. de C.V."
		bracketedPty := j+1 < len(ws) && j > i && ws[j].text == "Pty" && strings.TrimSpace(ws[j].sep) == "(" &&
			(ws[j+1].text == "Ltd" || ws[j+1].text == "Limited") && strings.TrimSpace(ws[j+1].sep) == ")"
		if bracketedPty {
			j += 2 // South Africa's "Highveld Armour Works (Pty) Ltd"
		}
		if k := listedComplement(ws, i, j); k > j {
			j = k // "Bundesamt für Ausrüstung, Informationstechnik und Nutzung der Bundeswehr"
			for j < len(ws) && plainSep(ws[j]) && !ws[j].start && (ws[j].capped || (connectors[ws[j].text] && j+1 < len(ws) && ws[j+1].capped)) {
				j++
			}
		}
		r := run{start: i, words: ws[i:j]}
		if bracketedPty {
			r.words = slices.Clone(r.words)
			r.words[len(r.words)-2].text = "(Pty)"
		}
		if last := r.words[len(r.words)-1].text; len(r.words) > 1 {
			if form, ending, ok := strings.Cut(last, "-"); ok && companyForms[form] && ending != "" && ending == strings.ToLower(ending) {
				r.words = slices.Clone(r.words) // Estonian "Saaremaa Kaitsetööstus OÜ-ga": a case ending on the form
				r.words[len(r.words)-1].text, r.words[len(r.words)-1].lower = form, strings.ToLower(form)
			}
		}
		if plural >= 0 {
			r.words = slices.Clone(r.words)
			r.words[plural-i].text += "'" // as tags write it, whichever apostrophe the text has
		}
		if j < len(ws) && strings.TrimSpace(ws[j].sep) == "(" && isAcronym(ws[j].text) && j+1 <= len(ws) {
			r.acronym = ws[j].text
			j++
		}
		out = append(out, r)
		i = j
	}
	return out
}

// ampJoins: an ampersand joins a company's name where the name goes on
// to its legal form within three words ("Fjellvik Marine & Subsea AS",
// "Nordmark Optronik GmbH & Co. KG"); "Army & Navy" is two names.
func ampJoins(ws []word, j int) bool {
	if strings.TrimSpace(ws[j].sep) != "&" || !ws[j].capped {
		return false
	}
	for k := j; k < min(len(ws), j+3); k++ {
		if k > j && (!plainSep(ws[k]) || ws[k].start) {
			return false
		}
		if companyForms[ws[k].text] { // "Co." is one
			return true
		}
	}
	return false
}

// listedComplement: a name whose complement after "für" or "for" is a
// list ("für Ausrüstung, Informationstechnik und Nutzung") goes on past
// its commas to the word after the "and"; the index after it, or j.
func listedComplement(ws []word, i, j int) int {
	if j >= len(ws) || strings.TrimSpace(ws[j].sep) != "," || !ws[j].capped || !slices.ContainsFunc(ws[i:j], func(w word) bool { return w.text == "für" || w.text == "for" }) {
		return j
	}
	for k := j + 1; k < len(ws) && k <= j+4; k++ {
		switch {
		case andWords[ws[k].text] && plainSep(ws[k]) && k+1 < len(ws) && ws[k+1].capped && plainSep(ws[k+1]):
			return k + 2
		case !ws[k].capped || ws[k].start || (!plainSep(ws[k]) && strings.TrimSpace(ws[k].sep) != ","):
			return j
		}
	}
	return j
}

// longForms are company forms of several words, each as its words.
var longForms = [][]string{{"sp.", "z", "o.o."}, {"Sp.", "z", "o.o."}, {"spol.", "s", "r.o."}, {"S.A.", "de", "C.V."},
	{"S.A.P.I.", "de", "C.V."}, {"S.A.B.", "de", "C.V."}, {"S.", "de", "R.L."}}

// longForm is the number of words from j on that complete a company
// form of several words, begun there or by the word before j ("S.A."
// written onto the name and "de C.V." after it), or 0.
func longForm(ws []word, j int) int {
	for _, f := range longForms {
		for from := j - 1; from <= j; from++ {
			if from < 1 || from+len(f) > len(ws) || from+len(f) <= j {
				continue
			}
			ok := true
			for k, w := range f {
				if ws[from+k].text != w || (k > 0 || from == j) && !plainSep(ws[from+k]) && strings.TrimSpace(ws[from+k].sep) != "," {
					ok = false
					break
				}
			}
			if ok {
				return from + len(f) - j
			}
		}
	}
	return 0
}

// commaForms are the company forms US and Spanish names write after a
// comma.
var commaForms = set("Inc.", "Inc", "LLC", "L.L.C.", "Ltd.", "S.A.", "S.L.", "L.P.", "LP", "Corp.")

// contractions may follow "and" inside a name: "Agenzia delle Dogane e
// dei Monopoli".
var contractions = set("dei", "degli", "delle", "della", "del", "dello", "du", "da", "do", "dos", "de")

// ofWords and articles join a name's words in the Romance languages:
// "Istituto Adriatico per la Sicurezza", "Ministerio de la Presidencia".
var ofWords, articles = set("per", "pour", "para", "de", "di", "da", "do"), set("la", "le", "les", "el", "los", "las", "il", "lo", "gli", "a", "o", "os", "as")

// calendarWords follow a name without joining it: "the Court on Monday".
var calendarWords = set("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
	"April", "May", "June", "July", "August", "September", "October", "November", "December")

// pluralPossessive: a plural's apostrophe joins two capitalised words of
// one name ("Westminster Magistrates' Court").
func pluralPossessive(ws []word, j int) bool {
	sep := strings.TrimRight(ws[j].sep, " ")
	return (sep == "'" || sep == "’") && ws[j].sep != sep && ws[j].capped && strings.HasSuffix(ws[j-1].text, "s")
}

// plainSep: only spaces or a hyphen stand between w and the word before.
func plainSep(w word) bool { return strings.Trim(w.sep, " \u00a0-") == "" }

// isAcronym: "NATO", "MoD", "DE&S"; not "Mari-Liis".
func isAcronym(s string) bool {
	upper, lower := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case r != '&' && r != '-' && !unicode.IsDigit(r):
			return false
		}
	}
	return upper >= 2 && lower <= 1 && len(s) <= 12
}

// sortedKeys is for deterministic output where order of mention is lost.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// unitStems open the lower-case word for a military unit that Finnish
// and Estonian name after a town or region in the genitive ("Porin
// prikaati", "Karjalan prikaatiin", "Kuperjanovi jalaväepataljon").
var unitStems = map[string][]string{
	"fi": {"prikaati", "rykmentti", "rykmentin", "pataljoona", "lennosto", "laivasto", "rannikkoprikaati"},
	"et": {"brigaad", "pataljon", "jalaväepataljon", "rügement", "malev"},
}

// markUnitTowns marks as a body's word a town's genitive that names a
// unit, so it is not tagged as the place: the Pori Brigade is at
// Säkylä, not in Pori.
func markUnitTowns(lang string, ws []word, orgPos []bool) {
	stems := unitStems[lang]
	if stems == nil {
		return
	}
	for i := 0; i+1 < len(ws); i++ {
		if ws[i].capped && !ws[i+1].capped && plainSep(ws[i+1]) && slices.ContainsFunc(stems, func(s string) bool { return strings.HasPrefix(ws[i+1].lower, s) }) {
			orgPos[i] = true
		}
	}
}
