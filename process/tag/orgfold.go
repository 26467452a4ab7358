package tag

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// One body named in several ways is tagged once: these fold a story's
// names into one another after they are found.

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

// withoutShortForms drops "Arewa Aerospace" when "Arewa Aerospace
// Limited" is there: one company, named with and without its form. The
// issuer keeps the form its release signs with, so "Arewa Aerospace
// Limited" goes when "Arewa Aerospace" is the issuer.
func withoutShortForms(orgs []string, issuer string) []string {
	long := map[string]string{} // short form → the long one
	for _, o := range orgs {
		if i := strings.LastIndexAny(o, " ,"); i > 0 && companyForms[o[i+1:]] {
			short := strings.TrimRight(o[:i], " ,")
			short = strings.TrimSuffix(short, " (Pty)") // "Karoo Sun Power (Pty) Ltd"
			long[strings.ToLower(short)] = o
		}
	}
	issuerLong := long[strings.ToLower(issuer)]
	return slices.DeleteFunc(orgs, func(o string) bool {
		if strings.EqualFold(o, issuer) {
			return false
		}
		return o == issuerLong || long[strings.ToLower(o)] != ""
	})
}

// withoutTails drops "Coast Guard" when "Irish Coast Guard" is there: a
// later mention by the generic end of the name, not another body. Only
// one qualifying word may stand before it: a longer run ("Geschäftsbereich
// Sensorik der Helvetia Defence Systems AG") is more likely a misread, and
// "European Union" stands beside "Council of the European Union". A known
// name is a tail too: "Ministry of Defence" in "Danish Ministry of Defence".
func withoutTails(orgs []string) []string {
	return slices.DeleteFunc(orgs, func(o string) bool {
		for _, long := range orgs {
			if strings.HasPrefix(long, o+" – ") {
				return true // "Λιμενικό Σώμα" of "Λιμενικό Σώμα – Ελληνική Ακτοφυλακή"
			}
			head, tail, ok := strings.Cut(long, " ")
			if ok && head != "" && !strings.Contains(head, "-") && strings.EqualFold(tail, o) {
				return true // one qualifier before it: "Irish", "Nigerian"
			}
		}
		return false
	})
}

// withoutCountryShortForms drops "Ministry of National Defence" when
// "Ministry of National Defence of Lithuania" is there: the same body,
// its country left out.
func withoutCountryShortForms(orgs []string, g *gazetteer) []string {
	return slices.DeleteFunc(orgs, func(o string) bool {
		for _, long := range orgs {
			rest, ok := strings.CutPrefix(long, o+" of ")
			if !ok {
				continue
			}
			if e, ok := g.names[strings.ToLower(strings.TrimPrefix(rest, "the "))]; ok && g.isCountry[e.canonical] {
				return true
			}
		}
		return false
	})
}

// withoutIssuerCaseForms drops a name whose every word is a case form of
// the issuer's ("Zavoda za gozdove Slovenije" of
// "Zavod za gozdove Slovenije"): the story naming its issuer
// in another case.
func withoutIssuerCaseForms(orgs []string, issuer string) []string {
	iws := strings.Fields(strings.ToLower(issuer))
	if n := len(iws); n > 2 && companyForms[strings.Fields(issuer)[n-1]] {
		iws = iws[:n-1] // "Stoczni Północnej" of "Stocznia Północna S.A."
	}
	if len(iws) < 2 {
		return orgs
	}
	return slices.DeleteFunc(orgs, func(o string) bool {
		ows := strings.Fields(strings.ToLower(o))
		if o == issuer || len(ows) != len(iws) {
			return false
		}
		for k := range ows {
			if !caseForm([]rune(ows[k]), []rune(iws[k])) {
				return false
			}
		}
		return true
	})
}

// withoutInnerNames drops a name the story writes only inside another
// body's longer name: "Bundeswehr" in "Bundesamt für Ausrüstung,
// Informationstechnik und Nutzung der Bundeswehr", "NATO" in "NATO
// Support and Procurement Agency". A name the text never writes as
// tagged (a case form, a translation) stays.
func withoutInnerNames(orgs []string, text string) []string {
	if !slices.ContainsFunc(orgs, func(o string) bool {
		return slices.ContainsFunc(orgs, func(long string) bool { return len(long) > len(o) && strings.Contains(long, o) })
	}) {
		return orgs // most stories: no name holds another
	}
	var spans [][2]int // where the text writes a tagged name
	for _, o := range orgs {
		for _, at := range mentions(text, o) {
			spans = append(spans, [2]int{at, at + len(o)})
		}
	}
	inner := func(o string) bool {
		at := mentions(text, o)
		return len(at) > 0 && !slices.ContainsFunc(at, func(i int) bool {
			return !slices.ContainsFunc(spans, func(s [2]int) bool { return s[0] <= i && i+len(o) <= s[1] && s[1]-s[0] > len(o) })
		})
	}
	return slices.DeleteFunc(orgs, inner)
}

// withoutSentenceDots writes a company's "Ltd." as "Ltd" where the dot
// ends the sentence and the name is never written with it inside one
// ("… awarded to Swaledale Build Partnership Ltd."): the form is "Ltd"
// in Britain and the Commonwealth. East Asia's "Co., Ltd." keeps its dot.
func withoutSentenceDots(orgs []string, text string) []string {
	var out []string
	for _, o := range orgs {
		if base, ok := strings.CutSuffix(o, " Ltd."); ok && !strings.HasSuffix(base, ",") && !dotInSentence(text, o) {
			o = base + " Ltd"
		}
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// dotInSentence: the text writes name, ending with a dot, inside a
// sentence: a word in lower case or a comma follows it.
func dotInSentence(text, name string) bool {
	for _, at := range mentions(text, strings.TrimSuffix(name, ".")) {
		rest := strings.TrimPrefix(text[at+len(name)-1:], ".")
		if next := strings.TrimLeft(rest, " "); len(rest) > len(next) && next != "" {
			if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) || r == ',' || r == '(' {
				return true
			}
		}
		if strings.HasPrefix(rest, ",") {
			return true
		}
	}
	return false
}
