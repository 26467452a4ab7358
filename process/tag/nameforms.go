package tag

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// nameForms indexes the known bodies' names of two or more words by the
// first three letters of their first word, so that a name whose every
// word is in another case can be read: "Сухопътните войски",
// "Państwową Strażą Pożarną", "Сил оборони України".
type nameForms map[string][]knownName

type knownName struct {
	words [][]rune // lower case
	e     entry
}

func newNameForms(g *gazetteer) nameForms {
	forms := nameForms{}
	var keys []string // in order: of two names a text's words fit equally, find keeps the first
	for key, e := range g.names {
		if e.kind == kindOrg && strings.Contains(key, " ") {
			keys = append(keys, key)
		}
	}
	slices.Sort(keys)
	for _, key := range keys {
		e := g.names[key]
		n := knownName{e: e}
		for _, w := range strings.Fields(key) {
			n.words = append(n.words, []rune(w))
		}
		if len(n.words[0]) < 3 {
			continue
		}
		forms[string(n.words[0][:3])] = append(forms[string(n.words[0][:3])], n)
	}
	return forms
}

// find reads the longest known name starting at ws[i] whose words are,
// one by one, case forms of its words; its entry and length in words.
func (f nameForms) find(ws []word, i int) (entry, int) {
	if !ws[i].capped || utf8.RuneCountInString(ws[i].lower) < 3 {
		return entry{}, 0
	}
	best, bestLen := entry{}, 0
	for _, n := range f[string([]rune(ws[i].lower)[:3])] {
		if len(n.words) <= bestLen || i+len(n.words) > len(ws) {
			continue
		}
		ok := true
		for k, nw := range n.words {
			w := ws[i+k]
			if (k > 0 && !plainSep(w)) || !caseForm([]rune(w.lower), nw) {
				ok = false
				break
			}
		}
		if ok {
			best, bestLen = n.e, len(n.words)
		}
	}
	return best, bestLen
}

// caseForm: w is name in another case: the same short word, or a
// shared stem that leaves at most three letters of the name and adds at
// most four ("сил" of "сили", "pożarną" of "pożarna").
func caseForm(w, name []rune) bool {
	if len(name) <= 3 || len(w) <= 3 {
		return string(w) == string(name) || (len(name) == 4 && len(w) == 3 && string(w) == string(name[:3]))
	}
	p := commonPrefix(w, name)
	return p >= 3 && len(name)-p <= 3 && len(w)-p <= 4
}

// lowerBody reads a one-word national body that Finnish writes in lower
// case, in any case form: "puolustusvoimat tukee", "valtioneuvoston
// päätöksellä".
func (g *gazetteer) lowerBody(w word) (entry, int) {
	rs := []rune(w.text)
	if len(rs) < 6 {
		return entry{}, 0
	}
	capped := w
	capped.text = strings.ToUpper(string(rs[0])) + string(rs[1:])
	capped.capped = true
	if e, ok := g.names[capped.lower]; ok && e.kind == kindOrg && !strings.Contains(e.canonical, " ") {
		return e, 1
	}
	if e, n := g.inflectedOrg([]word{capped}, 0); n == 1 && !strings.Contains(e.canonical, " ") {
		return e, 1
	}
	return entry{}, 0
}
