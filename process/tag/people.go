package tag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameParticles may sit inside a person's name ("Jorge Nobre de Sousa").
var nameParticles = set("de", "da", "do", "dos", "van", "von", "der", "den", "di", "del", "dal", "la", "le", "bin", "al", "ter", "ten")

// placeParticles may sit inside a town's name ("Náměšť nad Oslavou",
// "Frankfurt am Main", "Stratford upon Avon").
var placeParticles = set("de", "del", "la", "le", "nad", "pod", "am", "an", "der", "upon", "sur", "sous", "en", "on", "do", "da", "dos",
	"das", "di", "della", "sul")

// placeArticles open some towns' names: "La Spezia", "Le Havre", "Den Helder".
var placeArticles = set("La", "Le", "Les", "L'", "El", "Los", "Las", "Den", "De", "Het", "Il", "Lo", "A", "O", "Al")

// appositives follow "Name," when a role comes next ("Jens Stoltenberg,
// NATO Secretary General" / "Marcus Ellery, chief executive of …").
var appositives = set("the", "a", "an", "chief", "chair", "chairman", "chairwoman", "engineer", "officer", "manager", "professor",
	"lecturer", "leader", "coordinator", "analyst", "researcher", "fellow", "adviser", "advisor", "owner", "partner", "editor", "captain",
	"vice", "general", "executive", "operations", "production", "sales", "technical", "commanding", "former", "head", "director", "managing", "founder", "co-founder", "minister", "president",
	"commander", "spokesperson", "spokesman", "spokeswoman", "deputy", "secretary", "senior", "lead", "programme", "project",
	"der", "die", "le", "la", "el", "il", "lo", "de", "who", "aged", "ceo", "cto", "cfo")

// findPeople reads people from titles and ranks, quote attribution and
// appositions; a bare capitalised pair is not enough.
func findPeople(ws []word, g *gazetteer, inOrg, founders map[string]bool) []string {
	var out []string
	full := map[string]string{} // surname → full name, for "Mr Aaltonen"
	lastEnd := -1               // the index after the last name found
	for i := 0; i < len(ws); {
		if !ws[i].capped {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && !ws[j].start && strings.TrimSpace(ws[j].sep) == "" && !ws[j-1].poss &&
			(ws[j].capped || particlesBefore(ws, j)) {
			j++
		}
		if j-i > 2 && postnominals[ws[j-1].text] {
			j-- // "Ciarán Doyle TD"
		}
		// The name follows the last title in the run: "Armed Forces
		// Minister Eleanor Whitcombe", "NATO Deputy Spokesperson Henrik Aaltonen".
		// A dotted abbreviation is a service's ("Αντιναύαρχος Λ.Σ. Νικόλαος
		// …") unless only a surname follows: "K.M. Smith" are initials.
		k, titled := i, false
		for p := i; p < j-2; p++ {
			if isTitle(ws[p]) {
				k, titled = p+1, true
			}
		}
		for k < j && (isTitle(ws[k]) || isAcronym(ws[k].text) || k+2 < j && isAcronym(strings.ReplaceAll(ws[k].text, ".", "")) || (inOrg[ws[k].text] && k+1 < j) || runStop[ws[k].text] || ws[k].start && sentenceOpeners[ws[k].text]) {
			titled = titled || isTitle(ws[k])
			k++
		}
		if j-i >= 3 && k < j && portfolioBefore(ws, i) { // a portfolio's word and a name: "Head of Seabed Mapping" is none
			k, titled = portfolioEnd(ws, i, k, j, g, inOrg), true
		}
		if p := slices.IndexFunc(ws[k:j], func(w word) bool { return nameParticles[w.text] }); p >= 2 && !personName(ws[k:j], g, inOrg) {
			j = k + p // "Willem Verhoeven van Scheldewerf": the company follows "van"
		}
		// "Minister of Defence Eirik Solberg": the name is the longest
		// tail of the run that reads as one.
		for k+2 < j && !personName(ws[k:j], g, inOrg) {
			k++
		}
		titledRun := titled
		titled = titled || lowerTitleBefore(ws, i) || lowerTitleBefore(ws, k) // "rzecznik MSZ Paweł Wroński"
		name := ws[k:j]
		if !titledRun && apposedName(ws, j, g, inOrg) {
			// "the head of the UDYCO Costa del Sol, Francisco Javier López":
			// the role is the name's after the comma.
		} else if i == lastEnd && k > i && strings.TrimSpace(ws[i].sep) == "," {
			// "Commodore Rachel Tan, Director General Maritime Mine
			// Warfare": a role after a name names what the person heads.
		} else if personName(name, g, inOrg) && (titled || attributed(ws, k, j)) && (!inOrg[name[len(name)-1].text] || founders[name[len(name)-1].text]) {
			n := joinWords(name)
			out = append(out, n)
			full[name[len(name)-1].text] = n
			if k > i {
				lastEnd = j // a titled name, which a role may follow
			}
		}
		i = j
	}
	return out
}

// isTitle: a title or rank before a name ("Letjen"), also compounded
// ("Kaitseminister").
func isTitle(w word) bool {
	return titles[w.text] || titleCompound(w.lower) || rankAbbreviation(w.text)
}

// particlesBefore: the words from ws[j] are particles of a name before
// its next capitalised word ("van den Berg", "de la Fuente").
func particlesBefore(ws []word, j int) bool {
	for k := j; k < len(ws) && k < j+3; k++ {
		if ws[k].capped {
			return k > j && plainSep(ws[k])
		}
		if !nameParticles[ws[k].text] || !plainSep(ws[k]) {
			return false
		}
	}
	return false
}

// postnominals follow a name without being part of it: "Ciarán Doyle
// TD", "Jane Ruddock MP".
var postnominals = set("TD", "MP", "MEP", "MSP", "MLA", "MS", "OBE", "MBE", "CBE", "KBE", "DBE", "KC", "QC", "PhD", "Jr.", "Sr.")

// apposedName: after the words ending at j comes a comma and a
// person's name of two to four capitalised words that ends its clause.
func apposedName(ws []word, j int, g *gazetteer, inOrg map[string]bool) bool {
	if j >= len(ws) || strings.TrimSpace(ws[j].sep) != "," || !ws[j].capped || ws[j].start {
		return false
	}
	m := j + 1
	for m < len(ws) && m < j+4 && (ws[m].capped || particlesBefore(ws, m)) && plainSep(ws[m]) && !ws[m].start {
		m++
	}
	return m-j >= 2 && nameEnds(ws, m) && personName(ws[j:m], g, inOrg) && !slices.ContainsFunc(ws[j:m], func(w word) bool { return appositives[w.lower] })
}

// notNames open or close capitalised pairs that are not people:
// "Operation Tara", "Remembrance Day", "Jede Fregatte", "St. Lawrence
// River", and a landform's name ("Kibale Forest").
var notNames = set("Operation", "Op", "Exercise", "Übung", "Opération", "Operación", "Day", "Week", "Jede", "Jeder", "Jedes", "Alle",
	"Chaque", "Cada", "Ogni", "Elke", "Każdy", "St.", "Saint", "Sainte", "River", "Lake", "Bay", "Island", "Islands", "Sea", "Gulf", "Strait", "Canal")

// landformSurnames are landform words that end people's names as often
// ("Tom Lake", "Michael Bay", "Carla Hills"): they open a landform's name
// ("Lake Kivu") but do not close a person's out.
var landformSurnames = set("Lake", "Bay", "Forest", "Moor", "Hills")

func personName(ws []word, g *gazetteer, inOrg map[string]bool) bool {
	if len(ws) < 2 || len(ws) > 4 || !ws[0].capped || notNames[ws[0].text] {
		return false
	}
	if last := ws[len(ws)-1].text; (notNames[last] || landformWords[last]) && !landformSurnames[last] {
		return false
	}
	if _, known := g.names[wordsKey(ws)]; known {
		return false // "United States"
	}
	if !slices.ContainsFunc(ws, func(w word) bool { return !g.common[w.lower] }) {
		return false // every word an ordinary one of the topic vocabulary: "Mine Warfare"
	}
	for k, w := range ws {
		if nameParticles[w.text] || k > 0 && k < len(ws)-1 && nameParticles[w.lower] {
			continue // "Giuseppe De Riggi", "Pieter De Wilde"
		}
		if !w.capped || orgWord(w.text) || titles[w.text] || runStop[w.text] || w.start && sentenceOpeners[w.text] || inOrg[w.text] && !founderName(ws, k, inOrg) || companyForms[w.text] {
			return false
		}
		if h, inflected := headLemma(w.text); inflected && orgOpeners[h] {
			return false // "Stoczni Bałtyckiej": a shipyard's name, inflected; "Marini" is a surname, not "Marina"
		}
		if e, ok := g.names[strings.ToLower(w.text)]; ok && (e.kind == kindOrg || len(w.text) > 3) && !middleGivenName(ws, k, e) {
			return false
		}
		for _, r := range w.text {
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '’' && r != '.' {
				return false
			}
		}
		if w.text == strings.ToUpper(w.text) && len([]rune(w.text)) > 1 && !strings.Contains(w.text, ".") {
			return false // "KFOR", "NATO": not a name in capitals
		}
	}
	return true
}

// middleGivenName: a place's name inside a Latin-script name is a given
// name ("Jorge Mauricio Salcedo"). In Cyrillic a capitalised place inside
// a run is a title's state ("Министра Республики Узбекистан Бахром …").
func middleGivenName(ws []word, k int, e entry) bool {
	return e.kind == kindPlace && k > 0 && k < len(ws)-1 && unicode.Is(unicode.Latin, firstRune(ws[k].text))
}

// founderName: the word at ws[k], a body's, is the surname of a name
// whose given name is no body's: a family company bears its founders'
// name ("Mette Skovbo" of Skovbo Elektronik, "Niall Brennan" of Brennan
// Munitions).
// findPeople keeps only those whose surname opens a body's name.
func founderName(ws []word, k int, inOrg map[string]bool) bool {
	return len(ws) == 2 && k == 1 && !inOrg[ws[0].text]
}

// founders are the first words of the bodies' names of two or more
// words, which may be their founders' surname.
func founders(orgs []string) map[string]bool {
	out := map[string]bool{}
	for _, o := range orgs {
		if first, _, ok := strings.Cut(o, " "); ok {
			out[first] = true
		}
	}
	return out
}

// attributed: the words around ws[i:j] attribute a quote or give a role.
func attributed(ws []word, i, j int) bool {
	for j < len(ws) && postnominals[ws[j].text] && plainSep(ws[j]) {
		j++ // read what follows "Ciarán Doyle TD"
	}
	if j < len(ws) {
		next := ws[j]
		sep := strings.TrimSpace(next.sep)
		if (sep == "" || sep == ",") && saidWords[next.lower] {
			return true // "Tomasz Wilk, podkreślił"
		}
		if sep == "," && (appositives[next.lower] || titles[next.text] || lowerTitle(next.lower) && !titlesNext(ws, j) || isAcronym(next.text) || next.poss || age(next.text)) {
			return true
		}
		if (strings.HasPrefix(sep, ",") || strings.HasPrefix(sep, ":")) && strings.ContainsAny(sep, "\"“„«") {
			return true // the name introduces a quote: Kemal Aydın, "Projeyi …"
		}
		if (sep == "(" || sep == "–" || sep == "-") && (titles[next.text] || appositives[strings.ToLower(next.text)]) {
			return true
		}
		if sep == "" && !next.capped && (lowerTitle(next.lower) || (j+1 < len(ws) && plainSep(ws[j+1]) && !ws[j+1].capped && lowerTitle(ws[j+1].lower))) {
			return true // a role after the name: "Tóth Gábor rendőr dandártábornok"
		}
	}
	if i > 0 && strings.TrimSpace(ws[i].sep) == "," && (j == len(ws) || ws[j].start || strings.TrimSpace(ws[j].sep) == ",") && titleInClause(ws, i) {
		return true // "the Director General of the Indian Coast Guard, Paramesh Sivamani."
	}
	if i > 0 && nameEnds(ws, j) && !placed(ws, i) && afterQuote(ws, i) && !appositives[ws[j-1].lower] { // not the role after the name: "Distinguished Fellow"
		return true // «…», — наголосив начальник управління Олег Бондар.
	}
	if i > 0 && nameEnds(ws, j) && !placed(ws, i) && saidBefore(ws, i) {
		return true // "…", uvedl velitel vzdušných sil generál Petr Novák.
	}
	if i > 0 && !ws[i].start { // not the verb that ended the sentence before: "… dedi. Tatbikat Aksaz'da sürdü."
		prev := ws[i-1]
		if saidWords[strings.ToLower(prev.text)] {
			return true
		}
		if strings.HasSuffix(strings.TrimSpace(ws[i].sep), ",") && titles[prev.text] {
			return true
		}
	}
	return false
}

// titlesNext: the lower-case role at ws[j], abbreviated over several
// words or not, titles the capitalised name right after it: "Flotilei de
// Fregate, contraamiral Cristian Ionescu", "szef, gen. bryg. Tomasz …".
func titlesNext(ws []word, j int) bool {
	for p := j; p < len(ws) && p < j+4 && (p == j || plainSep(ws[p])); p++ {
		if ws[p].capped {
			return p > j
		}
		if !lowerTitle(ws[p].lower) {
			return false
		}
	}
	return false
}

// saidBefore: an attribution verb opens the words before a name that ends
// its clause, with only a role between: lower-case words or a title
// ("said Minister of Defence Anders Holm Nielsen").
func saidBefore(ws []word, i int) bool {
	for p := i - 1; p >= 0 && p >= i-8; p-- {
		if ws[p+1].start {
			return false // the verb ended the sentence before
		}
		if saidWords[ws[p].lower] {
			return true
		}
		if ws[p].capped && !titles[ws[p].text] && !orgWord(ws[p].text) {
			return false
		}
	}
	return false
}

// afterQuote: the clause that ends with the name at ws[i] opens right
// after a quotation closed with a comma or a dash, whatever the verb
// and the role between: the quote's speaker. A space after the marks
// tells a closing quote from an opening one (`The report, "Cold Front"`).
func afterQuote(ws []word, i int) bool {
	if memberOf[ws[i-1].lower] && plainSep(ws[i]) {
		return false // a role's body after the name: "said Ole Brandt, Head of Humanitarian Programmes"
	}
	for q := i; q > 0 && q >= i-10; q-- {
		sep := strings.TrimSpace(ws[q].sep)
		if strings.ContainsAny(sep, "”»“«\"") && strings.ContainsAny(sep, ",—–-") && sep != ws[q].sep && strings.HasPrefix(ws[q].sep, sep) {
			return true
		}
		if ws[q].start && !abbreviated(ws, q) {
			return false
		}
	}
	return false
}

// placed: the words at ws[i] follow a preposition of place, so they name
// where the speaker spoke, not the speaker ("…," the captain said in
// Port Elizabeth; informó la Armada en Puerto Vallarta).
func placed(ws []word, i int) bool {
	return sceneWords[ws[i-1].lower] && plainSep(ws[i])
}

// sceneWords: prepositions of place in the desk's languages; locative's
// German set also holds words a speaker's name may follow ("von", "und").
var sceneWords = set("in", "on", "near", "into", "en", "em", "im", "nach", "auf", "op", "au", "aux", "sur", "dans", "nel", "nella", "sul", "sulla")

// abbreviated: the full stop before ws[q] ends a short abbreviation of
// a rank or title, not a sentence: "brig. gen. MUDr. Petr Novotný",
// "Oberstleutnant a. D. Claudia Wendt", "Vice Admiral (retd.) Sanjay
// Kulkarni".
// A short verb or pronoun ends its sentence: "…,” she said. The first
// to sail was Bay Ferries.
func abbreviated(ws []word, q int) bool {
	sep := strings.TrimSpace(ws[q].sep)
	return q > 0 && (sep == "." || sep == ".)") && utf8.RuneCountInString(ws[q-1].text) <= 4 &&
		!saidWords[ws[q-1].lower] && !shortPronouns[ws[q-1].lower]
}

var shortPronouns = set("he", "she", "it", "we", "they", "him", "her", "them", "us", "er", "sie", "es", "wir", "il", "elle", "ils", "on",
	"ona", "oni", "ono", "ele", "ela", "eles", "lui", "lei", "hij", "zij", "han", "hon", "hen", "de")

// nameEnds: the name at ws[:j] ends its sentence, or its clause with the
// body the person speaks for ("sier generalsekretær Astrid Nygaard i
// Nordisk Nødhjelp.").
func nameEnds(ws []word, j int) bool {
	if j == len(ws) || ws[j].start || strings.TrimSpace(ws[j].sep) == "," {
		return true
	}
	return plainSep(ws[j]) && memberOf[ws[j].lower] && j+1 < len(ws) && ws[j+1].capped && plainSep(ws[j+1])
}

// memberOf joins a person to the body they speak for.
var memberOf = set("of", "at", "from", "van", "von", "bei", "der", "des", "de", "du", "di", "del", "della", "i", "på", "hos", "vid", "w", "z", "ze", "v", "ve", "u", "в")

// titleInClause: a title or role opens the apposition that ws[i] ends.
func titleInClause(ws []word, i int) bool {
	for p := i - 1; p >= 0 && p >= i-10; p-- {
		if titles[ws[p].text] || lowerTitle(ws[p].lower) {
			return true
		}
		if ws[p].start {
			return false
		}
	}
	return false
}

func age(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// lowerTitleBefore: a rank or role written in lower case shortly before
// the name, as most European languages write it ("le général de division
// Hélène Marchand", "ministrul apărării naționale, Ionuț Moșteanu",
// "kaitseminister Hanno Pevkur").
func lowerTitleBefore(ws []word, k int) bool {
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		if ws[p].capped || k >= len(ws) {
			return false
		}
		if sep := strings.TrimSpace(ws[p+1].sep); sep != "" && !(sep == "," && p == k-1) {
			return false
		}
		if lowerTitle(ws[p].lower) || vietnameseRoles[ws[p].lower] {
			return true
		}
	}
	return false
}

// lowerTitle: a role word, also elided ("l'amiral") or compounded
// ("kaitseminister", "toimitusjohtaja", "generaldirektör").
func lowerTitle(w string) bool {
	if i := apostrophe(w); i >= 0 && i <= 2 {
		w = w[i+len(string([]rune(w[i:])[0])):]
	}
	return lowerTitles[w] || titleCompound(w) || rankAbbreviation(w)
}

var lowerTitles = set("général", "générale", "amiral", "colonel", "capitaine", "commandant", "lieutenant", "ministre", "président",
	"présidente", "directeur", "directrice", "porte-parole", "préfet", "délégué", "déléguée", "chef", "procureur", "maire", "docteur",
	"general", "almirante", "contraalmirante", "vicealmirante", "coronel", "capitán", "comandante", "comisario", "ministro",
	"ministra", "presidente", "director", "directora", "portavoz", "secretario", "secretaria", "consejero", "doctor", "doctora",
	"brigadeiro-general", "generale", "ammiraglio", "colonnello", "direttore", "direttrice", "signora", "signor", "dottor", "dottoressa",
	"generał", "minister", "ministerin", "präsident", "präsidentin", "oberst", "admiral", "kapitän", "sprecher", "sprecherin", "herr", "frau",
	"generaal", "kolonel", "staatssecretaris", "vice-admiraal", "schout-bij-nacht", "commandant", "directeur", "burgemeester",
	"prezes", "dyrektor", "dowódca", "rzecznik", "płk", "gen.", "wiceminister", "minister", "szef", "komendant", "dr",
	"generál", "ředitel", "ředitelka", "velitel", "náčelník", "ministr", "ministryně", "mluvčí", "plukovník",
	"ministrul", "ministra", "directorul", "generalul", "comandantul", "purtătorul", "ministar", "ministrica", "zapovjednik",
	"general-bojnik", "ravnatelj", "ministrė", "ministras", "vadas", "direktorius", "generolas", "kindral", "kolonel", "ülem",
	"eversti", "kenraali", "amiraali", "tutkija", "johtaja", "komentaja", "ministeri", "pääjohtaja",
	"generaldirektör", "direktör", "överbefälhavare", "överste", "ordförande", "forsker", "sjef", "direktør", "forsvarssjef",
	"генерал", "министр", "директор", "директорка", "руководитель", "председатель", "командир", "командирът", "генерал-майор",
	"міністр", "генеральний", "голова", "керівник", "речник", "министър", "директорът",
	"στρατηγός", "υπουργός", "διευθυντής", "διευθύνουσα", "πρόεδρος", "καθηγητής", "σύμβουλος",
	"miniszter", "államtitkár", "vezérigazgató", "igazgató", "szóvivő", "parancsnok", "tábornok",
	"dandártábornok", "vezérőrnagy", "altábornagy", "elnök", "ezredes", "alezredes", "polgármester", "főigazgató",
	"juhataja", "kantsler", "kindralmajor", "kindralleitnant", "ministrs", "komandieris", "direktors", "pulkvedis", "ģenerālis",
	"sekretārs", "viceministras", "pulkininkas", "riaditeľ", "riaditeľka", "hovorca", "veliteľ", "ministrica", "poveljnik",
	"načelnik", "glasnogovornik", "glasnogovornica", "ravnateljica", "министър", "командир", "говорител", "председател",
	"глава", "губернатор", "мэр", "начальник", "командующий", "пресс-секретарь", "представитель", "эксперт", "аналитик",
	"командувач", "речник", "заступник", "директорка", "αρχηγός", "διοικητής", "εκπρόσωπος", "directorul", "comandantul",
	"președintele", "șeful", "secretarul", "diretor", "diretora", "porta-voz", "secretário", "secretária", "brigadeiro",
	"presidenta", "capitão", "portavoce", "sottosegretario", "amministratore", "comandante", "questore", "prefetto",
	"commissaire", "secrétaire", "chercheur", "chercheuse", "analyste", "professeur", "jefe", "jefa", "investigador",
	"investigadora", "alcalde", "alcaldesa", "woordvoerder", "voorzitter", "onderzoeker", "hoogleraar", "talsperson",
	"talsman", "pressetalsmand", "generalmajor", "kommandør", "professor", "forsker", "forskare", "generalløjtnant",
	"generalløytnant", "kontreadmiral", "viceadmiral", "kommendør", "kommendörkapten", "major", "kaptajn", "kapteeni",
	"kommodori", "everstiluutnantti", "kenraalimajuri", "kenraaliluutnantti", "puheenjohtaja", "toimitusjohtaja",
	"generalsekretær", "generalsekreterare", "generalsekretär", "generalsekretärin", "vorsitzende", "vorsitzender", "geschäftsführer",
	"geschäftsführerin", "delegato", "delegata", "generale", "segretario", "segretaria",
	"predsjednik", "predsjednica", "predsednik", "predsednica", "direktorica", "zamjenik", "zamjenica", "gradonačelnik",
	"gradonačelnica", "župan", "županica", "председник", "министар", "начелник", "градоначелник", "заменик",
	// Romanian, Spanish, Italian, Dutch, Nordic, Latvian and Central European ranks and roles
	"contraamiral", "viceamiral", "amiral", "general-locotenent", "general-maior", "comandor", "căpitan", "locotenent", "rector",
	"catedrático", "catedrática", "teniente", "capitana", "contrammiraglio", "capitano", "tenente", "maresciallo", "rettore",
	"professore", "professoressa", "procuratore", "hoofdcommissaris", "generaal", "rektor", "dziekan", "wiceprezes", "děkan",
	"náměstek", "náměstkyně", "primář", "dékán", "főorvos", "vietniece", "vietnieks", "sekretāre", "förbundskapten",
	// the last syllable of Vietnamese ranks ("Thượng tướng", "Đại tá") and Mr and Mrs
	"tướng", "tá", "úy", "ông", "bà")

// vietnameseRoles are the last syllables of Vietnamese roles ("Giám đốc",
// "Bộ trưởng", "Chủ tịch"), a title before a name; after a capitalised
// word they end the role ("Tổng Giám đốc"), not a name.
var vietnameseRoles = set("đốc", "trưởng", "tịch")

// findCities tags GeoNames cities named on their own ("in Tapa", "Zubin
// Potok"), never a word of an organisation's or a person's name, and
// "River …". A US city followed by its state keeps both: "Gulfport,
// Mississippi".
func (t *Tagger) findCities(ws []word, orgPos []bool, inPerson, lower map[string]bool, nounsCapped bool) []string {
	var out []string
	for i := 0; i < len(ws); {
		// "La Spezia", "Den Helder", "New South Wales": a word that opens no
		// name of its own may open a town's.
		article := (placeArticles[ws[i].text] || runStop[ws[i].text]) && i+1 < len(ws) && ws[i+1].capped && plainSep(ws[i+1])
		if stem, ok := strings.CutSuffix(ws[i].text, "-based"); ok && ws[i].capped && t.geo.town(stem) != "" {
			out = append(out, t.geo.town(stem)) // "a Tromsø-based start-up"
		}
		if !ws[i].capped || (runStop[ws[i].text] && !article) || unicode.IsDigit(firstRune(ws[i].text)) { // "l'escadrille 33F de Lanvéoc"
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && !ws[j].start && strings.TrimSpace(ws[j].sep) == "" && !ws[j-1].poss &&
			(ws[j].capped || (placeParticles[ws[j].text] && j+1 < len(ws) && ws[j+1].capped)) {
			j++
		}
		name := joinWords(ws[i:j])
		town := t.geo.town(name)
		if k := slices.IndexFunc(ws[i:j], func(w word) bool { return !w.capped }); town == "" && k > 0 && t.geo.listedAfter(ws[i+k], ws[i+k+1]) {
			// "in Mumbai on Tuesday", "Amstelveen en Hoofddorp": the
			// particle did not continue the name.
			if town = t.geo.town(joinWords(ws[i : i+k])); town != "" {
				j, name = i+k, joinWords(ws[i:i+k])
			}
		}
		if town == "" && nounsCapped && j-i >= 2 && !article && (i == 0 || !nounArticles[ws[i-1].lower]) { // "am Hof Tische": a noun, no town
			if one := t.geo.town(ws[i].text); one != "" {
				j, name, town = i+1, ws[i].text, one // German capitalises the noun after a town: "in Deggendorf Sandsäcke"
			}
		}
		if article && (town == "" || runStop[ws[i].text] && t.geo.cities.get(name) == "") {
			i++ // the article opened a sentence, not a town's name ("The City of Tromsø" is not London)
			continue
		}
		switch {
		case ws[i].text == "River" && j-i >= 2:
			out = append(out, name)
		case town != "" && productName(ws, i, j):
			// "the AH-64 Apache", "its Merlin helicopter": a type's name
		case town != "" && !orgPos[i] && !(j-i == 1 && (lower[strings.ToLower(ws[i].text)] || t.geo.common[strings.ToLower(ws[i].text)])) && !anyIn(ws[i:j], inPerson) && !(ws[i].start && j-i == 1 && sentenceOpener(ws, j)):
			if j+1 <= len(ws)-1 && strings.TrimSpace(ws[j].sep) == "," && states[ws[j].text+nextWord(ws, j+1)] != "" {
				out = append(out, town+", "+states[ws[j].text+nextWord(ws, j+1)])
				break
			} else if j < len(ws) && strings.TrimSpace(ws[j].sep) == "," && states[ws[j].text] != "" {
				out = append(out, town+", "+ws[j].text) // "Norfolk, Virginia", though Norfolk is a known county too
				break
			}
			if _, known := t.geo.names[strings.ToLower(name)]; known {
				break
			}
			if j-i == 1 && nounsCapped && !locative(ws, i) {
				break
			}
			out = append(out, town)
		}
		i = j
	}
	return out
}

// nounArticles stand before a German noun, never before a town's name
// ("am Hof", "im Bau", "die Halle"), alone or with a preposition.
var nounArticles = set("der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines",
	"am", "im", "beim", "vom", "zum", "zur", "ins", "ans", "aufs")

// productName: the words ws[i:j] name a type of aircraft, ship or
// vehicle, not a town: a model code stands before them ("AH-64 Apache",
// "CV90 Mjölner") or a word for the kind of thing after them ("Merlin
// helicopter", "Tigr vehicles").
func productName(ws []word, i, j int) bool {
	if i > 0 && plainSep(ws[i]) && modelCode(ws[i-1].text) {
		return true
	}
	return j < len(ws) && plainSep(ws[j]) && productNouns[ws[j].lower]
}

// modelCode: capitals and digits in one word, "F-35", "AH-64", "K9"
// (not "40'ı" or "1990s").
func modelCode(w string) bool {
	return strings.ContainsAny(w, "0123456789") && strings.IndexFunc(w, unicode.IsUpper) >= 0 && strings.IndexFunc(w, unicode.IsLower) < 0
}

var productNouns = set("helicopter", "helicopters", "aircraft", "jet", "jets", "fighter", "fighters", "drone", "drones", "missile",
	"missiles", "vehicle", "vehicles", "tank", "tanks", "howitzer", "howitzers", "radar", "radars", "system", "systems", "class",
	"frigate", "frigates", "rifle", "rifles", "engine", "engines", "machine", "machines",
	"fever", "virus") // diseases named after a town: "Lassa fever", "Zika virus"

func nextWord(ws []word, i int) string {
	if i < len(ws) && strings.TrimSpace(ws[i].sep) == "" && ws[i].capped {
		return " " + ws[i].text
	}
	return ""
}

// sentenceOpener: a lone capitalised word that opens a sentence and is
// followed by a lower-case verb is more likely a word than a town.
func sentenceOpener(ws []word, j int) bool {
	return j < len(ws) && !ws[j].capped
}

func anyIn(ws []word, m map[string]bool) bool {
	for _, w := range ws {
		if m[w.text] {
			return true
		}
	}
	return false
}

// states are the US states and Canadian provinces that North American
// releases write after a town ("Norfolk, Virginia", "Mirabel, Quebec"),
// tagged with it as one place.
var states = func() map[string]string {
	m := map[string]string{}
	for _, s := range []string{"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
		"Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
		"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
		"New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
		"Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
		"West Virginia", "Wisconsin", "Wyoming",
		"Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia", "Ontario",
		"Prince Edward Island", "Quebec", "Québec", "Saskatchewan", "Northwest Territories", "Nunavut", "Yukon"} {
		m[s] = s
	}
	return m
}()

// titleCompound: German (and Nordic) compounds that end in a role,
// "Vorstandschef", "Pressesprecherin", "Bundesverteidigungsminister".
func titleCompound(w string) bool {
	if len(w) <= titleSuffixMin+2 || !titleSuffixEnds[w[len(w)-1]] {
		return false // too short, or no suffix ends in its last byte: most words
	}
	for _, suffix := range titleSuffixes {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+2 {
			return true
		}
	}
	return false
}

var titleSuffixes = []string{"chef", "chefin", "leiter", "leiterin", "sprecher", "sprecherin", "direktor", "direktorin",
	"präsident", "präsidentin", "minister", "ministerin", "kommandeur", "kommandeurin", "inspekteur", "vorsitzender", "vorsitzende",
	"führer", "führerin", "meister", "meisterin", "admiral", "general", "sjef", "kommissarie", "kommissær", "kommissar", "johtaja", "minister", "ministeri", "direktör", "direktør", "direktor", "trainer", "trainerin", "træner", "tränare", "meester"}

// titleSuffixMin is the shortest title suffix's length in bytes, and
// titleSuffixEnds their last bytes: titleCompound's quick refusals.
var titleSuffixMin, titleSuffixEnds = func() (int, [256]bool) {
	short, ends := len(titleSuffixes[0]), [256]bool{}
	for _, s := range titleSuffixes {
		short = min(short, len(s))
		ends[s[len(s)-1]] = true
	}
	return short, ends
}()

// CJK names carry no capitals; they are read next to a role or an
// honorific: "代表取締役社長の山田健一は", "研究主幹の中村 彩氏は",
// "总经理陈志强表示", "박지훈 대양조선해양 사장은".
var cjkPeople = []*regexp.Regexp{
	regexp.MustCompile(`(?:の|、|。|「|：|^|\s)(\p{Han}{2,4}?(?:[ 　]\p{Han}{1,3}?)?)氏(?:は|が|の|に|、|を|も)`),
	regexp.MustCompile(`(?:社長|部長|主幹|会長|大臣|長官|理事長|所長|院長|局長|本部長|司令官|幕僚長|教授|代表|研究員|取締役|センター長|装備官|報道官|広報官|艦長|隊長|課長|室長|次官)(?:の|、|：|:)\s*(\p{Han}{1,4}?(?:[ 　]\p{Han}{1,3}?)?)(?:氏|さん|は|が|）|\)|、)`),
	regexp.MustCompile(`(?:总经理|總經理|院长|院長|部长|部長|董事长|董事長|总裁|總裁|局长|局長|主任|司令员|司令員|主席|所长|所長|总监|總監|校长|校長|发言人|發言人|负责人|負責人|研究员|研究員|教授|博士|首席执行官|执行长|執行長|司令|主委|署长|署長|处长|處長|厅长|廳長|市长|市長)(\p{Han}{2,3})(?:表示|说|說|指出|强调|強調|称|稱)`),
	regexp.MustCompile(`(?:^|[\s"“])(\p{Hangul}{3})\s+(?:[\p{Hangul}\p{Latin}]+\s+)?(?:사장|부사장|원장|장관|차관|대표|회장|총장|청장|국장|교수|소장|실장|본부장|사령관|총리|의장|대통령|센터장|대변인|위원장|단장|처장|박사|팀장|대령|중령|소령|준장|중장|대장|제독|대위|중위|경감|경정|총경|서장|과장|부장|의원)(?:은|는|이|가|의)?(?:\s|$|[,."'”])`),
	// a Japanese name written before its role: "同庁の田中一郎装備官は"
	regexp.MustCompile(`の(\p{Han}{3,4}?)(?:社長|部長|会長|大臣|長官|所長|局長|本部長|司令官|幕僚長|教授|装備官|報道官|広報官|艦長|隊長|課長|室長|次官)(?:は|が)`),
}

// uncasedSaid finds speakers in Arabic and Hebrew, which have no
// capitals: two words after the verb before a comma or colon ("وقال سالم
// الكعبي، الرئيس …"), two words after the comma that ends the
// speaker's role ("אמר מנהל המחוז, יוסי ברק.", whose acronyms hold a
// quote mark: "מנהל מרחב כרמל במד"א"), or two words between commas
// before the verb ("מנכ"ל החברה, יואב כהן, אמר").
var uncasedSaid = []*regexp.Regexp{
	regexp.MustCompile(`(?:^|\s)(?:قال|وقال|قالت|وقالت|أكد|وأكد|أكدت|وأكدت|أضاف|وأضاف|صرح|وصرح|أوضح|وأوضح|אמר|אמרה|הוסיף|הוסיפה|מסר|מסרה)\s+([^\s،,:.«»"]+\s+[^\s،,:.«»"]+)\s*[،,:]`),
	regexp.MustCompile(`(?:^|\s)(?:قال|وقال|أكد|وأكد|أضاف|وأضاف|صرح|وصرح|أوضح|وأوضح|אמר|אמרה|הוסיף|הוסיפה|מסר|מסרה)\s+(?:[^،,:."«»]|"\p{Hebrew}){1,60}[،,]\s*([^\s،,:.«»"]+\s+[^\s،,:.«»"]+)\s*[:.]`),
	regexp.MustCompile(`[،,]\s*([^\s،,:.«»"]+\s+[^\s،,:.«»"]+)\s*[،,]\s*(?:قال|أكد|أضاف|صرح|أوضح|אמר|אמרה|הוסיף|הוסיפה|מסר|מסרה)(?:\s|$)`),
	// a rank or title before the name: "العقيد …", "ד"ר …"
	regexp.MustCompile(`(?:^|\s)(?:العقيد|العميد|المقدم|الرائد|النقيب|الدكتور|الدكتورة|المهندس|المهندسة|ד"ר|פרופ'|תא"ל|אל"ם|סא"ל|רס"ן)\s+(?:(?:الطبيب|الدكتور|المهندس|المتقاعد)\s+)?([^\s،,:.«»"]+\s+[^\s،,:.«»"]+)`),
}

// indicPeople: a Hindi name between an honorific or rank and "ने" with
// the verb of saying ("मंत्री श्री अरविंद मेहता ने कहा", "वाइस एडमिरल
// अनिल कुमार सेठी ने कहा").
var indicPeople = regexp.MustCompile(`(?:श्री|श्रीमती|सुश्री|डॉ\.?|प्रो\.?|एडमिरल|जनरल|कर्नल|कमोडोर|कैप्टन|मेजर|ब्रिगेडियर|मार्शल|लेफ्टिनेंट|कमांडर)\s+(\p{Devanagari}+(?:\s+\p{Devanagari}+){1,2}?)\s+ने\s+(?:कहा|बताया|कहा कि|जोर|स्पष्ट)`)

// thaiPeople: a Thai name, given name and surname, after a military or
// police rank and a space ("พลเรือโท ธนพล ศรีสุข"; "เรือเอกชน" is a
// private vessel) or a doctor's title ("ดร.สมชาย ใจดี").
var thaiPeople = regexp.MustCompile(`(?:^|\s)(?:(?:พลเรือ|พลอากาศ|พลตำรวจ|พล|พัน|พันตำรวจ|นาวา|นาวาอากาศ|ร้อย|ร้อยตำรวจ|เรือ|เรืออากาศ)(?:เอก|โท|ตรี)\s+|ดร\.\s*)(\p{Thai}+\s+\p{Thai}+)(?:\s|$)`)

// uncasedWhen: Arabic and Hebrew words that open a phrase of time, where
// the speaker's two words would stand.
var uncasedWhen = set("يوم", "اليوم", "أمس", "صباح", "مساء", "ظهر", "خلال", "منذ", "بعد", "قبل", "في", "الساعة", "الأسبوع",
	"יום", "ביום", "היום", "אתמול", "בבוקר", "הבוקר", "בערב", "הערב", "בשעות", "בשעה", "בשבוע", "במהלך", "לפני", "אחרי")

// uncasedRoles open a role, not a name, after the verb: "وقال مدير
// المركز، العميد …".
var uncasedRoles = set("مدير", "مديرة", "رئيس", "رئيسة", "وزير", "وزيرة", "سفير", "سفيرة", "ممثل", "ممثلة", "قائد", "نائب", "أمين",
	"المتحدث", "الناطق", "محافظ", "عميد", "مسؤول", "مسؤولة")

// findUncasedPeople reads names in scripts without capitals, running
// only the patterns of the scripts the text holds.
func findUncasedPeople(text string) []string {
	var res []*regexp.Regexp
	han, rtl, deva, thai := false, false, false, false
	for _, r := range text {
		if r >= 0x0590 {
			han = han || unspaced(r)
			rtl = rtl || unicode.In(r, unicode.Arabic, unicode.Hebrew)
			deva = deva || unicode.Is(unicode.Devanagari, r)
			thai = thai || unicode.Is(unicode.Thai, r)
		}
	}
	if han {
		res = append(res, cjkPeople...)
	}
	if rtl {
		res = append(res, uncasedSaid...)
	}
	if deva {
		res = append(res, indicPeople)
	}
	if thai {
		res = append(res, thaiPeople)
	}
	var out []string
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatch(text, -1) {
			name := m[1]
			if uncasedWhen[strings.Fields(name)[0]] || uncasedRoles[strings.Fields(name)[0]] {
				continue // a time between commas: "، يوم الأحد، قال", ", ביום ראשון, אמר"; a role: "وقال مدير المركز، …"
			}
			if joined := strings.ReplaceAll(name, " ", ""); joined != name && strings.Contains(text, joined) {
				name = joined // "山田 健一" in the company line, "山田健一" where he speaks
			}
			out = append(out, name)
		}
	}
	return out
}

// westernOrder turns a Hungarian "Horváth Gábor" into the order the
// desk tags names in, "Gábor Horváth".
func westernOrder(name string) string {
	f := strings.Fields(name)
	if len(f) != 2 {
		return name
	}
	return f[1] + " " + f[0]
}

// locative: a preposition of place stands before ws[i] ("in Melk",
// "bei Leoben"). German capitalises every noun, so a one-word town
// there needs one: "Lage", "See" and "Mai" are words first.
func locative(ws []word, i int) bool {
	return i > 0 && plainSep(ws[i]) && placePrepositions[ws[i-1].lower]
}

var placePrepositions = set("in", "im", "bei", "aus", "nach", "von", "vor", "nahe", "und", "zwischen", "um", "ab", "bis", "über", "am", "an",
	"nördlich", "südlich", "östlich", "westlich", "rund")
