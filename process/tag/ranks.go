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

// rankAbbreviation: w is one of them with its dot.
func rankAbbreviation(w string) bool {
	short, ok := strings.CutSuffix(w, ".")
	return ok && rankAbbreviations[short]
}
