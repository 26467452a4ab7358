package tag

import "strings"

// Finnish and the Scandinavian languages name a local body by the place
// in the genitive and a lower-case generic noun: "Kainuun prikaati",
// "Kaakkois-Suomen rajavartiosto", "Göteborgs tingsrätt", "Oslo
// tingrett"; the noun takes case endings ("Kainuun prikaatista") and
// compounds ("Totalförsvarets forskningsinstitut").

// genitiveLanguages write local bodies so.
var genitiveLanguages = set("fi", "sv", "da", "nb", "nn", "no")

// lowerHeads are those generic nouns, in their base form.
var lowerHeads = []string{
	"prikaati", "rajavartiosto", "rykmentti", "laivasto", "lennosto", "yliopisto", "käräjäoikeus", "hovioikeus", "poliisilaitos",
	"pelastuslaitos", "hyvinvointialue", "kaupunki", "instituutti", "rannikkoprikaati", "jääkäriprikaati",
	"tingsrätt", "hovrätt", "universitet", "sjukhus", "regemente", "flottilj", "brigad", "polisområde", "länsstyrelse",
	"institut", "institutt", "tjeneste", "tingrett", "lagmannsrett", "politidistrikt", "sykehus", "sygehus", "brigade", "regiment", "byret", "landsret",
}

// lowerHead reads w as one of lowerHeads with a case ending of up to
// four letters ("prikaatista" → "prikaati", "tingsrätten" →
// "tingsrätt"), or as a compound in the base form that ends in one
// ("forskningsinstitut").
func lowerHead(w string) (string, bool) {
	for _, h := range lowerHeads {
		if strings.HasSuffix(w, h) {
			return w, true
		}
		rh := []rune(h)
		stem, last := string(rh[:len(rh)-1]), rh[len(rh)-1]
		if tail, ok := strings.CutPrefix(w, stem); ok && len([]rune(tail)) <= 4 && firstRune(tail) == last {
			return h, true
		}
		if n := len(rh); rh[n-3] == rh[n-2] {
			// Finnish weakens a double consonant before most endings:
			// "instituutti" → "instituutin", "rykmentti" → "rykmentissä".
			if tail, ok := strings.CutPrefix(w, string(rh[:n-2])); ok && len([]rune(tail)) <= 4 && firstRune(tail) == last {
				return h, true
			}
		}
	}
	return "", false
}

// genitiveBodies finds a capitalised genitive, or a place's name inside a
// sentence, before a lower-case generic noun: "Kainuun prikaatista" →
// "Kainuun prikaati", "i Uppsala tingsrätt". A country's genitive names
// no local body: "Suomen yliopistot", "Sveriges sjukhus" are the
// country's universities and hospitals.
func (geo *gazetteer) genitiveBodies(ws []word) []string {
	var out []string
	for i := 0; i+1 < len(ws); i++ {
		g, n := ws[i], ws[i+1]
		if !g.capped || n.capped || !plainSep(n) || !(strings.HasSuffix(g.lower, "n") || strings.HasSuffix(g.lower, "s") || !g.start) || geo.countryGenitive(g.lower) {
			continue
		}
		if h, ok := lowerHead(n.lower); ok {
			out = append(out, g.text+" "+h)
		}
	}
	return out
}

// countryGenitive: w is a country's name in the genitive, less its "-s"
// or "-n" ("Sveriges", "Norges"), a Finnish final "i" written "e" before
// it ("Suomen" for Suomi).
func (geo *gazetteer) countryGenitive(w string) bool {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok {
		stem, ok = strings.CutSuffix(w, "n")
	}
	if !ok || stem == "" {
		return false
	}
	for _, name := range []string{stem, strings.TrimSuffix(stem, "e") + "i"} {
		if e, ok := geo.names[name]; ok && e.kind == kindPlace && geo.isCountry[e.canonical] {
			return true
		}
	}
	return false
}
