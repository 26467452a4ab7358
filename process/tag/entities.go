package tag

import (
	"sort"
	"strings"
	"unicode"

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

// entities finds people, organisations and places in the headline and
// story text. The dateline and the sender's address are not in that
// text, so a place named only there is not tagged.
func (t *Tagger) entities(d *draft.Draft, text string) entities {
	ws := wordsOf(d.Headline + "\n" + text)
	var people, orgs, places collector
	if d.Issuer != "" {
		orgs.add(d.Issuer)
	}
	inOrg := map[string]bool{} // words of organisation names, never a city or a person
	// Known names first: countries, regions, seas, international bodies.
	for i := 0; i < len(ws); {
		e, n := t.geo.lookup(ws, i)
		if n == 0 {
			i++
			continue
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
	for _, r := range capitalRuns(ws) {
		full := joinWords(r.words)
		switch {
		case r.acronym != "":
			name := full
			if e, ok := t.geo.names[strings.ToLower(r.acronym)]; ok && e.kind == kindOrg {
				name = e.canonical
			} else if e, ok := t.geo.names[strings.ToLower(full)]; ok {
				name = e.canonical
			}
			if _, ok := t.geo.names[strings.ToLower(full)]; ok && t.geo.names[strings.ToLower(full)].kind == kindPlace {
				continue
			}
			acronyms[r.acronym] = name
			orgs.add(name)
			markWords(inOrg, name)
		case isOrgName(r.words):
			if e, ok := t.geo.names[strings.ToLower(full)]; ok {
				if e.kind == kindOrg {
					orgs.add(e.canonical)
				}
				continue
			}
			orgs.add(full)
			markWords(inOrg, full)
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
	for _, c := range t.findCities(ws, inOrg, inPerson) {
		places.add(c)
	}
	sortFirst := func(c collector) []string { return c.names }
	return entities{people: sortFirst(people), orgs: sortFirst(orgs), places: sortFirst(places)}
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
		for j < len(ws) && sameRun(ws[j:j+1]) && !ws[j].start {
			if ws[j].capped {
				j++
				continue
			}
			if (connectors[ws[j].text] || companyForms[ws[j].text]) && j+1 < len(ws) && ws[j+1].capped && sameRun(ws[j+1:j+2]) && !runStop[ws[j+1].text] {
				j += 2
				continue
			}
			if companyForms[ws[j].text] {
				j++
			}
			break
		}
		r := run{words: ws[i:j]}
		if j < len(ws) && strings.TrimSpace(ws[j].sep) == "(" && isAcronym(ws[j].text) && j+1 <= len(ws) {
			r.acronym = ws[j].text
			j++
		}
		out = append(out, r)
		i = j
	}
	return out
}

func isAcronym(s string) bool {
	upper := 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			upper++
		} else if !unicode.IsLower(r) && r != '&' && r != '-' {
			return false
		}
	}
	return upper >= 2 && len(s) <= 12
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
