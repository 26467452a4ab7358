package tag

import "strings"

// contractedArticles are prepositions that French, Italian and Spanish
// write with the article of a town's name, mapped to that article: "du
// Havre" is in Le Havre, "della Spezia" in La Spezia.
var contractedArticles = map[string]string{
	"du": "Le", "au": "Le", "des": "Les", "aux": "Les",
	"della": "La", "alla": "La", "dalla": "La", "nella": "La", "sulla": "La",
	"del": "El", "al": "El",
}

// contractedTowns finds towns whose article a preposition took in
// ("le port du Havre"), and marks their word known so that the rest of
// the name is not read as a town of its own (Havre, Montana).
func (g *gazetteer) contractedTowns(ws []word, known []bool) []string {
	var out []string
	for i := 1; i < len(ws); i++ {
		article, ok := contractedArticles[ws[i-1].lower]
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
// "Ponte de Sor".
func (g *gazetteer) listedAfter(p, next word) bool {
	return commonWords[next.lower] || (andWords[p.lower] && g.town(next.text) != "")
}
