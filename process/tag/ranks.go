package tag

import "strings"

// rankAbbreviations are ranks, academic titles and honorifics written
// short before a name, without their dot: Polish and Czech military
// ranks ("gen. dyw.", "st. szer.", "plk."), Central European degrees
// ("Mgr.", "Ing.", "MUDr."), Romance, Turkish, Russian, Swahili and
// Malay forms ("Dra.", "Gral.", "Org.", "ген.", "Bw.", "Dkt."). Their dot
// ends no sentence, and they title the name after them.
var rankAbbreviations = set(
	// Polish
	"gen", "dyw", "bryg", "broni", "płk", "ppłk", "mjr", "kpt", "por", "ppor", "szer", "st", "mł", "kmdr", "kadm", "wadm", "adm",
	"insp", "nadinsp", "podinsp", "asp", "sierż", "chor", "plut", "kpr", "inż", "hab", "mgr", "lek", "ks",
	// Czech and Slovak
	"genmjr", "genpor", "arm", "brig", "plk", "pplk", "npor", "rtm", "doc", "prof", "Mgr", "Ing", "MUDr", "JUDr", "PhDr", "RNDr",
	"MVDr", "PaedDr", "Bc", "CSc",
	// Romance
	"Dra", "Sra", "Srta", "Dña", "Gral", "Cnel", "Tte", "Cmte", "Almte", "Lic", "Dott", "Avv", "Amm", "Magg", "gral", "cnel", "tte",
	"dott", "gén", "Gén", "cdt", "Cdt",
	// Turkish
	"Org", "Korg", "Tümg", "Tuğg", "Ora", "Kora", "Tüma", "Tuğa", "Alb", "Yzb", "Doç",
	// Russian, Ukrainian, Bulgarian
	"ген", "полк", "подполк", "проф",
	// Swahili and Malay
	"Bw", "Bi", "Dkt", "Mhe")

// qualifyingRanks qualify the rank written after them ("arm. gen.",
// "st. szer.", "mł. chor."), and are words of ordinary prose too ("the
// crane's arm."): their dot is an abbreviation's only before another
// rank.
var qualifyingRanks = set("arm", "st", "mł")

// rankDot: the dot after w, with rest the text after the dot, is a rank
// abbreviation's, not a full stop.
func rankDot(w, rest string) bool {
	if !rankAbbreviations[w] {
		return false
	}
	if !qualifyingRanks[w] {
		return true
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " \u00a0"), " ")
	short, ok := strings.CutSuffix(next, ".")
	return ok && rankAbbreviations[short] || lowerTitles[strings.ToLower(next)]
}

// rankAbbreviation: w is one of them with its dot.
func rankAbbreviation(w string) bool {
	short, ok := strings.CutSuffix(w, ".")
	return ok && rankAbbreviations[short]
}
