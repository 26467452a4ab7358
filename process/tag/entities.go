package tag

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"newsdesk/draft"
)

// pressOffice matches an issuer that is only the sender's press desk
// ("Press Office", "Gabinete de Prensa", "Sajtóiroda"): not a story's
// organisation.
var pressOffice = regexp.MustCompile(`(?i)^(the )?(press|media|news|communications?|comms|public affairs|presse|prensa|imprensa|stampa|pers|prasowe|tisk|sajtó|пресс|広報|홍보|新闻|新聞|corporate communications?|service de$|ots )|newswire|originaltext|(press|media|news|communications?|comms) (office|team|desk|section|centre|center|department|service)$|pressestelle|presseabteilung|pressesprecher|gabinete de (prensa|comunicação)|service de presse|sajtóiroda|tiskové oddělení|unternehmenskommunikation|biuro prasowe|пресс-служба|広報室|홍보원|新聞室|公关`)

// issuer is the issuer's canonical name: a press desk is not an
// organisation of the story, though "Irish Coast Guard Press Office" names one.
func (t *Tagger) issuer(name string) string {
	name = strings.TrimSpace(pressSuffix.ReplaceAllString(name, ""))
	if name == "" || pressOffice.MatchString(name) {
		return ""
	}
	if e, ok := t.geo.names[strings.ToLower(name)]; ok && e.kind == kindOrg {
		return e.canonical
	}
	return name
}

var pressSuffix = regexp.MustCompile(`(?i)\s+(press office|press desk|press team|media relations|media office|public affairs|communications( office| team)?|newsroom)$`)

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

// entities finds people, organisations and places in the headline and
// story text. The dateline and the sender's address are not in that
// text, so a place named only there is not tagged.
func (t *Tagger) entities(d *draft.Draft, text string) entities {
	ws := wordsOf(d.Headline + "\n" + text)
	var people, orgs, places collector
	if issuer := t.issuer(d.Issuer); issuer != "" {
		orgs.add(issuer)
	}
	inOrg := map[string]bool{} // words of organisation names, never a city or a person
	// Known names first: countries, regions, seas, international bodies.
	known := make([]bool, len(ws)) // words of a known name, never a city
	for i := 0; i < len(ws); {
		e, n := t.geo.lookup(ws, i)
		if n == 0 {
			i++
			continue
		}
		for k := i; k < i+n; k++ {
			known[k] = true
		}
		if e.kind == kindPlace {
			places.add(e.canonical)
		} else {
			orgs.add(e.canonical)
			markWords(inOrg, e.canonical)
		}
		i += n
	}
	acronyms := map[string]string{}
	orgPos := make([]bool, len(ws)) // words inside an organisation's name, never a city
	for _, whole := range capitalRuns(ws) {
		for _, r := range orgParts(whole, t.geo) {
			for len(r.words) > 1 && !r.words[len(r.words)-1].capped {
				r.words = r.words[:len(r.words)-1] // "Service de" cut at a line end
			}
			full := joinWords(r.words)
			e, known := t.geo.names[strings.ToLower(full)]
			switch {
			case known && e.kind == kindPlace:
				continue
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
			case isOrgName(r.words):
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
	for _, p := range findPeople(ws, t.geo, inOrg) {
		if !contacts[strings.ToLower(p)] {
			people.add(p)
		}
		markWords(inPerson, p)
	}
	for i := range orgPos {
		orgPos[i] = orgPos[i] || known[i]
	}
	for _, c := range t.findCities(ws, orgPos, inPerson, t.commonInText(ws)) {
		places.add(c)
	}
	orgs.names = withoutPeople(orgs.names, people.names)
	places.names = withoutStatesOfCities(places.names)
	sortFirst := func(c collector) []string { return c.names }
	return entities{people: sortFirst(people), orgs: sortFirst(orgs), places: sortFirst(places)}
}

// withoutPeople drops an organisation name that holds a person's
// ("State Secretary Kari Lunde Myhre") or keeps what follows "Name of".
func withoutPeople(orgs, people []string) []string {
	var out []string
	for _, o := range orgs {
		keep := o
		for _, p := range people {
			if i := strings.Index(o, p); i >= 0 {
				keep = ""
				if rest, ok := strings.CutPrefix(o[i+len(p):], " of "); ok {
					keep = strings.TrimPrefix(rest, "the ")
				}
				break
			}
		}
		if keep != "" && !slices.Contains(out, keep) {
			out = append(out, keep)
		}
	}
	return out
}

// withoutStatesOfCities drops "Virginia" when "Arlington, Virginia" is there.
func withoutStatesOfCities(places []string) []string {
	states := map[string]bool{}
	for _, p := range places {
		if _, st, ok := strings.Cut(p, ", "); ok {
			states[st] = true
		}
	}
	return slices.DeleteFunc(places, func(p string) bool { return states[p] })
}

// commonInText: words the text also writes in lower case are ordinary
// words there ("research", "principal"), not towns.
func (t *Tagger) commonInText(ws []word) map[string]bool {
	out := map[string]bool{}
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
			if strings.Contains(w.sep, "-") && strings.TrimSpace(w.sep) == "-" {
				b.WriteString("-")
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

// capitalRuns finds names: capitalised words in a row, joined by
// connectors, without a leading sentence opener such as "The".
func capitalRuns(ws []word) []run {
	var out []run
	for i := 0; i < len(ws); {
		if !ws[i].capped || (runStop[ws[i].text]) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && plainSep(ws[j]) && !ws[j].start && !ws[j-1].poss {
			if ws[j].capped {
				j++
				continue
			}
			if ws[j].text == "of" && j+2 < len(ws) && ws[j+1].text == "the" && ws[j+2].capped && plainSep(ws[j+1]) && plainSep(ws[j+2]) {
				j += 3
				continue
			}
			if (connectors[ws[j].text] || companyForms[ws[j].text]) && ws[j].text != "the" && j+1 < len(ws) && ws[j+1].capped && plainSep(ws[j+1]) && !runStop[ws[j+1].text] {
				j += 2
				continue
			}
			if companyForms[ws[j].text] {
				j++
			}
			break
		}
		r := run{start: i, words: ws[i:j]}
		if j < len(ws) && strings.TrimSpace(ws[j].sep) == "(" && isAcronym(ws[j].text) && j+1 <= len(ws) {
			r.acronym = ws[j].text
			j++
		}
		out = append(out, r)
		i = j
	}
	return out
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

// orgParts cuts a role off a name ("Chief Executive of Northbridge
// Aerospace") and splits a list of organisations ("Wisła Armour Systems
// and Morava Vehicle Works") where the left part is a name on its own.
func orgParts(r run, g *gazetteer) []run {
	ws := r.words
	k := 0
	for k < len(ws) && (titles[ws[k].text] || runStop[ws[k].text] || ws[k].text == "Former") {
		k++
	}
	if k > 0 {
		for k < len(ws) && (ws[k].text == "of" || ws[k].text == "the") {
			k++
		}
		if k < len(ws) && !ws[k].capped {
			return nil
		}
	}
	r = run{start: r.start + k, words: ws[k:], acronym: r.acronym}
	for i, w := range r.words {
		if !andWords[w.text] || i == 0 {
			continue
		}
		left := r.words[:i]
		_, known := g.names[strings.ToLower(joinWords(left))]
		if known || isOrgName(left) {
			rest := orgParts(run{start: r.start + i + 1, words: r.words[i+1:], acronym: r.acronym}, g)
			return append([]run{{start: r.start, words: left}}, rest...)
		}
	}
	return []run{r}
}

// isOrgName: an institution pattern or a company form.
func isOrgName(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1].text
	if companyForms[last] && len(ws) >= 2 {
		return true
	}
	if len(ws) < 2 {
		return false
	}
	if orgHeads[last] {
		return true
	}
	return orgOpeners[ws[0].text] && (len(ws) >= 3 || ws[0].text == "Ministry" || ws[0].text == "Department")
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
