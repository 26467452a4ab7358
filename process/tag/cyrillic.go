package tag

import (
	"strings"
	"unicode"
)

// The city table spells places in Latin letters, as GeoNames romanises
// each country's names by its national system. A release in Ukrainian,
// Russian, Bulgarian or Serbian names its own towns in Cyrillic and in a case
// form ("у Харкові", "в Астане"): cyrillicCities romanises the word's
// likely nominatives by the language's system and looks them up among the
// towns of the language's countries only, where that system applies.

// romanisations: Ukrainian by the national system of 2010 (Cabinet of
// Ministers resolution 55), Russian as BGN/PCGN, Bulgarian by the
// Streamlined System of 2009, Serbian by its own Latin alphabet. The
// second column is the spelling at the
// start of a word, where it differs.
var romanisations = map[string]map[rune][2]string{
	"uk": cyrillicTable(`а a|б b|в v|г h|ґ g|д d|е e|є ie ye|ж zh|з z|и y|і i|ї i yi|й i y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х kh|ц ts|ч ch|ш sh|щ shch|ь|ю iu yu|я ia ya|' |’ `),
	"ru": cyrillicTable(`а a|б b|в v|г g|д d|е e ye|ё e yo|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х kh|ц ts|ч ch|ш sh|щ shch|ъ|ы y|ь|э e|ю yu|я ya`),
	"bg": cyrillicTable(`а a|б b|в v|г g|д d|е e|ж zh|з z|и i|й y|к k|л l|м m|н n|о o|п p|р r|с s|т t|у u|ф f|х h|ц ts|ч ch|ш sh|щ sht|ъ a|ь y|ю yu|я ya`),
	"sr": cyrillicTable(`а a|б b|в v|г g|д d|ђ đ|е e|ж ž|з z|и i|ј j|к k|л l|љ lj|м m|н n|њ nj|о o|п p|р r|с s|т t|ћ ć|у u|ф f|х h|ц c|ч č|џ dž|ш š`),
}

func cyrillicTable(spec string) map[rune][2]string {
	m := map[rune][2]string{}
	for _, e := range strings.Split(spec, "|") {
		f := strings.Fields(e)
		r := []rune(e)[0]
		var latin [2]string
		if len(f) > 1 {
			latin = [2]string{f[1], f[1]}
		}
		if len(f) > 2 {
			latin[1] = f[2]
		}
		m[r] = latin
	}
	return m
}

// romanise writes a Cyrillic word in Latin letters, capitalised; "" when
// a letter is not in the table.
func romanise(table map[rune][2]string, w string) string {
	var b strings.Builder
	for i, r := range []rune(strings.ToLower(w)) {
		if r == '-' {
			b.WriteRune(r)
			continue
		}
		l, ok := table[r]
		if !ok {
			return ""
		}
		if i == 0 {
			b.WriteString(l[1])
		} else {
			b.WriteString(l[0])
		}
	}
	rs := []rune(b.String())
	if len(rs) == 0 {
		return ""
	}
	for i := range rs {
		if i == 0 || rs[i-1] == '-' {
			rs[i] = unicode.ToUpper(rs[i])
		}
	}
	return string(rs)
}

// caseEndings are the endings a town's name takes in the cases these
// languages use after a preposition, longest first.
var caseEndings = []string{"ою", "ею", "ом", "ем", "ой", "ей", "ах", "ях", "і", "ї", "и", "ы", "у", "ю", "а", "я", "е"}

// nominatives guesses the dictionary forms of a word in a case form: as
// written, less its ending, or with "а"/"я" for the ending ("Астане" →
// "Астана"); Ukrainian turns the "і" of a last syllable into "о" or "е"
// when the word takes an ending ("Харкова" → "Харків", "Києва" → "Київ").
func nominatives(lang, w string) []string {
	out := []string{w}
	for _, e := range caseEndings {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || len([]rune(stem)) < 3 {
			continue
		}
		out = append(out, stem, stem+"а", stem+"я", stem+"о") // "Дніпрі" → "Дніпро"
		if rs := []rune(stem); lang == "sr" && len(rs) > 3 && strings.ContainsRune("цк", rs[len(rs)-1]) && !strings.ContainsRune("аеиоу", rs[len(rs)-2]) {
			out = append(out, string(rs[:len(rs)-1])+"а"+string(rs[len(rs)-1])) // the fleeting a: "Лесковцу" → "Лесковац"
		}
		if lang == "uk" {
			rs := []rune(stem)
			if k := len(rs) - 2; k > 0 {
				switch rs[k] {
				case 'о', 'е':
					rs[k] = 'і'
					out = append(out, string(rs))
				case 'є':
					rs[k] = 'ї'
					out = append(out, string(rs))
				}
			}
		}
	}
	return out
}

// cyrillicCities finds the towns a Ukrainian, Russian, Bulgarian or Serbian text
// names, by the rules findCities applies: capitalised, not opening a
// sentence, not a word of an organisation's or a person's name. A town
// of two words may end in a lower-case one ("Ново село").
func (g *gazetteer) cyrillicCities(lang string, ws []word, orgPos []bool, inPerson map[string]bool) []string {
	table := romanisations[lang]
	if table == nil {
		return nil
	}
	countries := strings.Fields(languageCountries[lang])
	inCountry := func(name string) bool {
		codes := g.cities.get(name)
		for _, c := range countries {
			if containsCode(codes, c) {
				return true
			}
		}
		return false
	}
	var out []string
	for i, w := range ws {
		if !w.capped || w.start || orgPos[i] || inPerson[w.text] || !isCyrillic(firstRune(w.text)) {
			continue
		}
		if _, oblast := regionStem(w.lower, oblastNouns, nounCases); oblast {
			continue // "на Одещині" names the oblast ukrainianRegions reads, no town "Odeshchyna"
		}
		if i+1 < len(ws) && plainSep(ws[i+1]) && !ws[i+1].start {
			two := romanise(table, w.text) + " " + romanise(table, ws[i+1].text)
			if inCountry(two) {
				out = append(out, two)
				continue
			}
		}
		for _, n := range nominatives(lang, w.lower) {
			if name := g.romanTown(table, n, inCountry); name != "" {
				out = append(out, name)
				break
			}
		}
	}
	return out
}

// romanTown is the town a nominative names among the language's
// countries: by its romanised name, the name GeoNames gives it otherwise
// ("Beograd" is Belgrade), or the older spelling GeoNames keeps for a
// Ukrainian town ("Vinnytsya"), which the desk tags by the national
// system ("Vinnytsia"); "" if none.
func (g *gazetteer) romanTown(table map[rune][2]string, n string, inCountry func(string) bool) string {
	name := romanise(table, n)
	if name == "" {
		return ""
	}
	for _, t := range []string{g.exonyms.get(name), g.town(name)} { // the exonym first: "Beograd" is a district's name too
		if t != "" && inCountry(t) {
			return t
		}
	}
	if older := bgnSpelling.Replace(name); older != name && inCountry(older) {
		return name
	}
	return ""
}

// bgnSpelling writes the endings of a Ukrainian name as the older
// romanisation did.
var bgnSpelling = strings.NewReplacer("ia", "ya", "iu", "yu", "ie", "ye")

func isCyrillic(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }

// oblasts are Ukraine's regions: the English name the desk tags, then
// the adjective that names each in Ukrainian and in Russian, less its
// ending ("Харківськ|а", "Харьковск|ая"), and the Ukrainian noun of the
// region where one is in use ("Харківщин|а").
var oblasts = []string{
	"Vinnytsia|вінницьк|винницк|вінниччин", "Volyn|волинськ|волынск|волин", "Dnipropetrovsk|дніпропетровськ|днепропетровск|дніпропетровщин",
	"Donetsk|донецьк|донецк|донеччин", "Zhytomyr|житомирськ|житомирск|житомирщин", "Zakarpattia|закарпатськ|закарпатск|закарпатт",
	"Zaporizhzhia|запорізьк|запорожск|", "Ivano-Frankivsk|івано-франківськ|ивано-франковск|прикарпатт", "Kyiv|київськ|киевск|київщин",
	"Kirovohrad|кіровоградськ|кировоградск|кіровоградщин", "Luhansk|луганськ|луганск|луганщин", "Lviv|львівськ|львовск|львівщин",
	"Mykolaiv|миколаївськ|николаевск|миколаївщин", "Odesa|одеськ|одесск|одещин", "Poltava|полтавськ|полтавск|полтавщин",
	"Rivne|рівненськ|ровенск|рівненщин", "Sumy|сумськ|сумск|сумщин", "Ternopil|тернопільськ|тернопольск|тернопільщин",
	"Kharkiv|харківськ|харьковск|харківщин", "Kherson|херсонськ|херсонск|херсонщин", "Khmelnytskyi|хмельницьк|хмельницк|хмельниччин",
	"Cherkasy|черкаськ|черкасск|черкащин", "Chernivtsi|чернівецьк|черновицк|", "Chernihiv|чернігівськ|черниговск|чернігівщин",
}

// oblastAdjectives and oblastNouns map those stems to the English name.
var oblastAdjectives, oblastNouns = func() (adj, noun map[string]string) {
	adj, noun = map[string]string{}, map[string]string{}
	for _, line := range oblasts {
		f := strings.Split(line, "|")
		name := f[0] + " Oblast"
		adj[f[1]], adj[f[2]] = name, name
		if f[3] != "" {
			noun[f[3]] = name
		}
	}
	return adj, noun
}()

// addOblasts names the oblasts as English writes them: "Kharkiv Oblast",
// "Kharkiv oblast", "the Kharkiv region".
func (g *gazetteer) addOblasts() {
	for _, line := range oblasts {
		name, _, _ := strings.Cut(line, "|")
		g.add(name+" Oblast", name+" Oblast", kindPlace)
		g.add(name+" region", name+" Oblast", kindPlace)
	}
}

// adjectiveCases and nounCases end those stems in the cases a text puts
// them in.
var (
	adjectiveCases = set("а", "ій", "ої", "у", "ою", "их", "ая", "ой", "ую", "ие")
	nounCases      = set("а", "і", "и", "у", "ою", "я", "ь", "ю", "ям")
)

// ukrainianRegions finds oblasts named by their adjective before
// "область" ("у Харківській та Донецькій областях" names two) or by
// their Ukrainian noun ("на Харківщині").
func ukrainianRegions(ws []word) []string {
	var out []string
	for i, w := range ws {
		if !w.capped || !isCyrillic(firstRune(w.text)) {
			continue
		}
		if name, ok := regionStem(w.lower, oblastAdjectives, adjectiveCases); ok && oblastFollows(ws, i) {
			out = append(out, name)
		} else if name, ok := regionStem(w.lower, oblastNouns, nounCases); ok {
			out = append(out, name)
		}
	}
	return out
}

// regionStem looks w up as one of stems followed by one of endings.
func regionStem(w string, stems map[string]string, endings map[string]bool) (string, bool) {
	rs := []rune(w)
	for n := 1; n <= 3 && n < len(rs); n++ {
		if endings[string(rs[len(rs)-n:])] {
			if name, ok := stems[string(rs[:len(rs)-n])]; ok {
				return name, true
			}
		}
	}
	return "", false
}

// oblastFollows: the word "область" (or "обл.") in any case closes the
// list of adjectives that starts at ws[i].
func oblastFollows(ws []word, i int) bool {
	for j := i + 1; j < len(ws) && j <= i+6; j++ {
		if strings.HasPrefix(ws[j].lower, "област") || ws[j].lower == "обл" || ws[j].lower == "обл." {
			return true
		}
		if ws[j].start {
			return false
		}
	}
	return false
}
