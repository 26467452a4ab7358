package tag

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"newsdesk/draft"
)

// containsCode: codes is two-letter codes run together, "FRUS".
func containsCode(codes, c string) bool {
	for i := 0; i+2 <= len(codes); i += 2 {
		if codes[i:i+2] == c {
			return true
		}
	}
	return false
}

// languageCountries lists where each language of the desk is the
// national language, space-separated ISO codes.
var languageCountries = map[string]string{
	"pl": "PL", "cs": "CZ", "sk": "SK", "hu": "HU", "ro": "RO", "bg": "BG", "hr": "HR", "sl": "SI", "sr": "RS BA ME",
	"mk": "MK", "sq": "AL XK", "el": "GR", "tr": "TR", "lt": "LT", "lv": "LV", "et": "EE", "fi": "FI", "sv": "SE",
	"da": "DK", "no": "NO", "nb": "NO", "nn": "NO", "is": "IS", "uk": "UA", "be": "BY", "ka": "GE", "hy": "AM", "he": "IL",
	"ja": "JP", "ko": "KR", "th": "TH", "vi": "VN", "id": "ID", "ms": "MY",
	"de": "DE AT CH LI LU", "fr": "FR BE CH LU MC CA SN CI", "it": "IT CH SM", "nl": "NL BE", "pt": "PT BR AO MZ",
	"es": "ES MX AR CO CL PE VE EC UY PY BO CU", "ru": "RU BY KZ KG", "zh": "CN TW HK SG",
	"ar": "SA AE EG QA KW BH OM JO LB IQ SY MA DZ TN LY",
}

// titleWords writes "NEW DELHI" as "New Delhi".
func titleWords(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		_, n := utf8.DecodeRuneInString(w)
		ws[i] = w[:n] + strings.ToLower(w[n:])
	}
	return strings.Join(ws, " ")
}

// withoutStrayTowns drops a one-word town of another country than the
// story's, in a text not in English: a country it names or another
// place of one country only ("Kano State" places "Gwarzo" in Nigeria),
// the release's language's countries or its dateline town's. A foreign
// town the text neither places in its country nor gives a name of its
// own language ("Mailand" is Milan) is more often an acronym, a word or
// a surname that a small town shares ("Noa", "Garde", "Salem"). English
// is written about everywhere, so its towns need no such context.
func (g *gazetteer) withoutStrayTowns(places []string, d *draft.Draft, text string) []string {
	if d.Language == "en" {
		return places
	}
	context := languageCountries[d.Language]
	if d.Dateline != nil {
		place := strings.TrimSpace(d.Dateline.Place)
		town := g.town(place)
		if town == "" {
			town = g.town(titleWords(place))
		}
		for codes := g.cities.get(town); len(codes) >= 2; codes = codes[2:] {
			context += " " + codes[:2] // by code: "AUGB" spells no "UG"
		}
	}
	candidate := func(p string) bool {
		if g.cities.get(p) == "" || g.isCountry[p] || strings.Contains(p, " ") {
			return false
		}
		_, known := g.names[strings.ToLower(p)]
		return !known && len(mentions(text, p)) > 0
	}
	if !slices.ContainsFunc(places, candidate) {
		return places
	}
	placed := map[string]int{} // country code → places of it alone
	for _, p := range places {
		if codes := g.placeCodes(p); len(codes) == 2 {
			placed[codes]++
		}
	}
	contextCodes := strings.Fields(context)
	stray := func(p string) bool {
		if !candidate(p) {
			return false
		}
		codes := g.cities.get(p)
		for i := 0; i+2 <= len(codes); i += 2 {
			c := codes[i : i+2]
			if slices.Contains(contextCodes, c) || placed[c] > 1 || placed[c] == 1 && codes != c {
				return false
			}
		}
		return true
	}
	return slices.DeleteFunc(places, stray)
}

// placeCodes are the codes of the countries a tagged place is in: the
// country's own, or its towns'. A country ISO has renamed keeps its
// withdrawn codes too ("DD" beside "DE" for Germany, "UK" beside "GB"):
// the current code is the one the towns table uses, whichever order the
// map gives them in.
func (g *gazetteer) placeCodes(p string) string {
	if g.isCountry[p] {
		found := ""
		for code, name := range g.countries {
			if name != p {
				continue
			}
			if now, was := currentCode(code), currentCode(found); found == "" || now && !was || now == was && code < found {
				found = code
			}
		}
		if found != "" {
			return found
		}
	}
	return g.cities.get(p)
}

// currentCode: an ISO country code not withdrawn for another.
func currentCode(code string) bool {
	r, err := language.ParseRegion(code)
	return err == nil && r.Canonicalize() == r
}

// nationalServices name each country's armed services and coast guard
// as the desk tags them, by the generic words an English release of
// that country writes alone ("the Army", "the Navy's ships").
var nationalServices = map[string]map[string]string{
	"GB": {"Army": "British Army", "Navy": "Royal Navy", "Air Force": "Royal Air Force"},
	"US": {"Army": "U.S. Army", "Navy": "U.S. Navy", "Air Force": "U.S. Air Force", "Coast Guard": "U.S. Coast Guard",
		"Marine Corps": "U.S. Marine Corps", "Space Force": "U.S. Space Force"},
	"IN": {"Army": "Indian Army", "Navy": "Indian Navy", "Air Force": "Indian Air Force", "Coast Guard": "Indian Coast Guard"},
	"CA": {"Army": "Canadian Army", "Navy": "Royal Canadian Navy", "Air Force": "Royal Canadian Air Force", "Coast Guard": "Canadian Coast Guard"},
	"AU": {"Army": "Australian Army", "Navy": "Royal Australian Navy", "Air Force": "Royal Australian Air Force"},
	"NZ": {"Army": "New Zealand Army", "Navy": "Royal New Zealand Navy", "Air Force": "Royal New Zealand Air Force"},
	"ZA": {"Army": "South African Army", "Navy": "South African Navy", "Air Force": "South African Air Force"},
	"NG": {"Army": "Nigerian Army", "Navy": "Nigerian Navy", "Air Force": "Nigerian Air Force"},
	"PK": {"Army": "Pakistan Army", "Navy": "Pakistan Navy", "Air Force": "Pakistan Air Force"},
	"PH": {"Army": "Philippine Army", "Navy": "Philippine Navy", "Air Force": "Philippine Air Force", "Coast Guard": "Philippine Coast Guard"},
	"KE": {"Army": "Kenya Army", "Navy": "Kenya Navy", "Air Force": "Kenya Air Force"},
	"GH": {"Army": "Ghana Army", "Navy": "Ghana Navy", "Air Force": "Ghana Air Force"},
}

// bareServices finds the generic names of armed services written alone
// after "the" ("the Army", "the Coast Guard"), not as the start of a
// longer name ("the Army Contracting Command") nor another country's
// ("the Army of Ukraine").
func bareServices(ws []word) []string {
	var out []string
	for i := 1; i < len(ws); i++ {
		if ws[i-1].lower != "the" || !plainSep(ws[i]) {
			continue
		}
		n := 1
		name := ws[i].text
		if i+1 < len(ws) && plainSep(ws[i+1]) && !ws[i].poss {
			if two := name + " " + ws[i+1].text; serviceWords[two] {
				name, n = two, 2
			}
		}
		if !serviceWords[name] {
			continue
		}
		if j := i + n; !ws[j-1].poss && j < len(ws) && plainSep(ws[j]) && (ws[j].capped && !ws[j].start || ws[j].text == "of") {
			continue // "the Army Contracting Command", "the Army of Ukraine"
		}
		out = append(out, name)
	}
	return out
}

var serviceWords = set("Army", "Navy", "Air Force", "Coast Guard", "Marine Corps", "Space Force")

// serviceCountry is the country whose services an English release's
// bare "the Army" names: its dateline town's, and of a town several
// countries have, the one most of the story's other places are in.
func (g *gazetteer) serviceCountry(d *draft.Draft, places []string) string {
	if d.Dateline == nil {
		return ""
	}
	place, _, _ := strings.Cut(strings.TrimSpace(d.Dateline.Place), ",")
	town := g.town(place)
	if town == "" {
		town = g.town(titleWords(place))
	}
	codes := g.cities.get(town)
	if len(codes) == 2 {
		return codes
	}
	found, most, tie := "", 0, false
	for i := 0; i+2 <= len(codes); i += 2 {
		c, n := codes[i:i+2], 0
		for _, p := range places {
			if p != town && g.placeCodes(p) == c {
				n++
			}
		}
		switch {
		case n > most:
			found, most, tie = c, n, false
		case n == most:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return found
}
