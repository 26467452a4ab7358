package tag

// A role names its portfolio between the title and the person: "Minister
// for Defence Procurement Helen Ashworth", "minister van Buitenlandse
// Handel Ingrid Veldkamp", "Директорка Бюро МОП для Центральної та
// Східної Європи Маргарет Гюнтер". The capitalised run after the joining
// word holds the portfolio's last words and then the name.

// portfolioJoins join a title to its portfolio, or one portfolio word to
// the next, in the desk's languages.
var portfolioJoins = set("of", "for", "and", "van", "voor", "de", "di", "del", "della", "dei", "degli", "du", "des", "für", "zur", "zum",
	"der", "do", "da", "dos", "das", "för", "af", "og", "och", "ja", "és", "a", "i", "e", "y", "et", "und", "pro", "dla", "ds.", "pentru",
	"și", "ve", "для", "з", "та", "і", "и", "по", "за", "на", "για", "και", "της", "του", "των")

// coordinators are the portfolioJoins that join like to like ("and"):
// after a title and a name they join a second person ("Minister Helen
// Ashworth and Anna Maria Rossi"), a portfolio's word only in a
// portfolio a joining word has opened ("Minister for Trade and Industry
// Jane Doe").
var coordinators = set("and", "og", "och", "ja", "és", "e", "y", "i", "et", "und", "a", "și", "ve", "та", "і", "и", "και")

// portfolioBefore: the run at ws[i] follows a joining word that a title
// opens, with only capitalised words and joining words between; after a
// coordinator, a joining word other than it must open the portfolio.
func portfolioBefore(ws []word, i int) bool {
	if i < 2 || ws[i].start || !plainSep(ws[i]) || ws[i-1].capped || !portfolioJoins[ws[i-1].lower] {
		return false
	}
	opened := !coordinators[ws[i-1].lower]
	for p := i - 2; p >= 0 && p >= i-9; p-- {
		w := ws[p]
		if isTitle(w) || lowerTitle(w.lower) {
			return opened
		}
		if w.start || !plainSep(ws[p+1]) || !w.capped && !portfolioJoins[w.lower] {
			return false
		}
		opened = opened || !w.capped && !coordinators[w.lower]
	}
	return false
}

// portfolioEnd: where the name starts in the run ws[i:j] after a role's
// joining word, its words from k on not yet read as a title or a body's.
// Words the vocabulary or the gazetteer knows are the portfolio's
// ("Defence Procurement"); when none is known, the joining word still
// says the portfolio is there, and the name is the last two words
// ("Buitenlandse Handel Ingrid Veldkamp").
func portfolioEnd(ws []word, i, k, j int, g *gazetteer, inOrg map[string]bool) int {
	for k+2 < j && portfolioWord(ws[k], g, inOrg) {
		k++
	}
	if k > i || j-k <= 2 {
		return k
	}
	for n, p := 0, j-1; p >= k; p-- {
		if ws[p].capped {
			if n++; n == 2 {
				return p // "Jan de Vries": a particle is the name's
			}
		}
	}
	return k
}

// portfolioWord: a word of a portfolio or a body, not of a name.
func portfolioWord(w word, g *gazetteer, inOrg map[string]bool) bool {
	if _, known := g.names[w.lower]; known {
		return true
	}
	return g.common[w.lower] || commonWords[w.lower] || orgWord(w.text) || isTitle(w) || inOrg[w.text] || isAcronym(w.text)
}
