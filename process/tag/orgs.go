package tag

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// pressOffice matches an issuer that is only the sender's press desk
// ("Press Office", "Gabinete de Prensa", "Sajtóiroda"): not a story's
// organisation.
var pressOffice = regexp.MustCompile(`(?i)^(the )?(press|media|news|communications?|comms|public affairs|presse|prensa|imprensa|stampa|pers|prasowe|tisk|sajtó|пресс|広報|홍보|新闻|新聞|corporate communications?|service de$|ots )|newswire|originaltext|(press|media|news|communications?|comms) (office|team|desk|section|centre|center|department|service)$|pressestelle|presseabteilung|pressesprecher|gabinete de (prensa|comunicação)|service de presse|sajtóiroda|tiskové oddělení|unternehmenskommunikation|biuro prasowe|пресс-служба|広報室|홍보원|新聞室|公关`)

// issuer is the issuer's name as it signs, and the canonical name of a
// known body (else the same): a press desk is not an organisation of
// the story, though "Irish Coast Guard Press Office" names one. A known
// body's acronym or case form is its canonical name ("MoD" → "Ministry
// of Defence"); its name in another language stays as the issuer signs
// ("Agence européenne de défense"), and the story's mentions of it fold
// into that form.
func (t *Tagger) issuer(name string) (signed, canonical string) {
	name = strings.TrimSpace(pressSuffix.ReplaceAllString(name, ""))
	if name == "" || pressOffice.MatchString(name) {
		return "", ""
	}
	if e, ok := t.geo.names[strings.ToLower(name)]; ok && e.kind == kindOrg {
		if isAcronym(name) || !strings.Contains(name, " ") || sameStart(name, e.canonical) {
			return e.canonical, e.canonical // "Wojsk Obrony Terytorialnej": a case form of the name
		}
		return name, e.canonical
	}
	if orgHeads[name] || orgOpeners[name] {
		return "", "" // "Department", "Defence": the generic word of a name, cut from its signature
	}
	if first, rest, ok := strings.Cut(name, " "); ok {
		if head, ok := headLemma(first); ok {
			name = head + " " + rest // "Пресцентър на Министерството на отбраната": the name, not its case form
		}
	}
	return name, name
}

// sameStart: two names open with the same three letters, so one is
// more likely a case form of the other than a translation.
func sameStart(a, b string) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	return len(ra) >= 3 && len(rb) >= 3 && string(ra[:3]) == string(rb[:3])
}

var pressSuffix = regexp.MustCompile(`(?i)\s+(press office|press desk|press team|media relations|media office|public affairs|communications( office| team)?|newsroom)$`)

// orgParts cuts a role off a name ("Chief Executive of Northbridge
// Aerospace") and splits a list of organisations ("Wisła Armour Systems
// and Morava Vehicle Works") where the left part is a name on its own.
func orgParts(r run, g *gazetteer) []run {
	ws := r.words
	k := 0
	for k < len(ws) && (titles[ws[k].text] || roleHeads[ws[k].text] || runStop[ws[k].text] || ws[k].text == "Former" || shipPrefixes[ws[k].text] || allDigits(ws[k].text) && !unitNumber(ws[k:]) || numberWords[ws[k].text]) {
		k++
	}
	if k > 0 && shipPrefixes[ws[k-1].text] {
		return nil // "USS Mitscher", "HMCS Fredericton": a ship, not a body
	}
	if k == 0 && len(ws) > 3 && boards[ws[0].text] && boardOf[ws[2].text] {
		k = 3 // "Consiglio di Amministrazione di Fonderia Alpina S.p.A.": the company's board
	}
	if k > 0 {
		for k < len(ws) && (ws[k].text == "of" || ws[k].text == "the" || ofWords[ws[k].text] || contractions[ws[k].text] || articles[ws[k].text]) {
			k++
		}
		if k < len(ws) && (!ws[k].capped || staffWords[ws[k].text]) {
			return nil // "Capo di Stato Maggiore della Marina": a role, not a body
		}
		if b := bodyAfterHolder(ws[k:], g); b > 0 {
			k += b // "Commander John Smith of the Royal Navy": the holder's body
		}
	}
	r = run{start: r.start + k, words: ws[k:], acronym: r.acronym}
	if slices.ContainsFunc(ws[:k], func(w word) bool { return titles[w.text] || roleHeads[w.text] }) {
		r.words = afterHead(r.words)
	}
	r.words = beforePerson(r.words)
	if k := nameAfterNoun(r.words, g); k > 0 {
		r.start += k
		r.words = r.words[k:]
		if k := nameAfterThing(r.words, g); k > 0 { // "Korvetten der Klasse K130 der Deutschen Marine"
			r.start += k
			r.words = r.words[k:]
		}
	}
	if len(r.words) >= 2 && !g.common[r.words[0].lower] { // "Military" is an English word, not "Militare"
		if head, ok := headLemma(r.words[0].text); ok {
			// "des Bundesministeriums für …", "Instytutu Bezpieczeństwa
			// Wschodniego": the name's head word as the name writes it.
			r.words = slices.Clone(r.words)
			r.words[0].text, r.words[0].lower = head, strings.ToLower(head)
		}
	}
	if r.acronym != "" && initials(r.words) == strings.ToLower(r.acronym) {
		return []run{r} // "Autoridade Nacional de Emergência e Proteção Civil (ANEPC)": one name
	}
	if _, known := g.names[wordsKey(r.words)]; known {
		return []run{r} // "European Union Rule of Law Mission in Kosovo"
	}
	if i := slices.IndexFunc(r.words, func(w word) bool { return w.text == "in" }); i > 0 && isOrgName(r.words[:i]) && placeName(r.words[i+1:], g) {
		r.words = r.words[:i] // "Allied Maritime Command in Northwood": where the body is, not its name
	}
	if i := subUnitOf(r.words, g); i > 0 {
		// "Cybercrime Command of the Criminal Investigation Department": a
		// unit and the body it belongs to, two names
		rest := orgParts(run{start: r.start + i + 2, words: r.words[i+2:], acronym: r.acronym}, g)
		return append([]run{{start: r.start, words: r.words[:i]}}, rest...)
	}
	for i, w := range r.words {
		if !andWords[w.text] || i == 0 || i+1 >= len(r.words) || slices.ContainsFunc(r.words[1:i], func(w word) bool { return strings.TrimSpace(w.sep) == "," }) {
			continue // "für Ausrüstung, Informationstechnik und Nutzung": a list inside one name
		}
		if r.acronym != "" && strings.HasSuffix(strings.ToLower(r.acronym), initials(r.words[i+1:])) {
			continue // "Coastal Monitoring and Rescue Agency (CMRA)": the acronym spells both sides
		}
		left := r.words[:i]
		if (contractions[r.words[i+1].text] || articles[r.words[i+1].text]) && i+2 < len(r.words) && (orgOpeners[r.words[i+2].text] || isOrgName(r.words[i+2:])) && isOrgName(left) {
			// "Guardia di Finanza e della Guardia (costiera)": a second
			// body's head after "and of the"; "… e a Força Aérea": after
			// "and the" (not "Fundação para a Ciência e a Tecnologia")
			rest := orgParts(run{start: r.start + i + 2, words: r.words[i+2:], acronym: r.acronym}, g)
			return append([]run{{start: r.start, words: left}}, rest...)
		}
		if j := i + 1 + afterOf(r.words[i+1:]); j > i+1 && j < len(r.words) && isOrgName(left) {
			if e, ok := g.names[wordsKey(r.words[j:])]; ok && e.kind == kindOrg {
				// "Administración Tributaria y de Europol": a known body after "and of"
				return []run{{start: r.start, words: left}, {start: r.start + j, words: r.words[j:], acronym: r.acronym}}
			}
		}
		_, known := g.names[strings.ToLower(joinWords(left))]
		right, knownRight := g.names[wordsKey(r.words[i+1:])]
		if !known && !knownRight && fieldAfterAnd(left, r.words[i+1:], g) {
			continue // "Ministry of Patriots and Veterans Affairs": the name's field goes on after "and"
		}
		if !r.words[i+1].capped || (len(r.words) == i+2 && !knownRight && !orgWord(r.words[i+1].text) && !isAcronym(r.words[i+1].text) &&
			!(orgHeads[left[len(left)-1].text] && placeName(r.words[i+1:], g))) {
			// "Agenzia delle Dogane e dei Monopoli", "Junta de Castilla y
			// León", "Shipbuilders and Engineers": the name goes on; not in
			// "Karolinska Institutet och Uppsala (universitet)", nor before
			// an acronym, a body's short name ("the Nigerian Navy and NIMASA").
			continue
		}
		if known || isOrgName(left) || (knownRight && right.kind == kindOrg) { // "Ankara Büyükelçiliği ve Savunma Sanayii Başkanlığı"
			rest := orgParts(run{start: r.start + i + 1, words: r.words[i+1:], acronym: r.acronym}, g)
			return append([]run{{start: r.start, words: left}}, rest...)
		}
	}
	return []run{r}
}

// subUnitOf: where "of the" parts a unit, a name with its generic last
// word, from the body it belongs to, also a body's name ("Coffee
// Directorate of the Agriculture and Food Authority"); or 0.
func subUnitOf(ws []word, g *gazetteer) int {
	for i := 2; i+2 < len(ws); i++ {
		if ws[i].text != "of" || ws[i+1].text != "the" || !orgHeads[ws[i-1].text] || !isOrgName(ws[:i]) {
			continue
		}
		if e, ok := g.names[wordsKey(ws[i+2:])]; ok && e.kind == kindOrg || isOrgName(ws[i+2:]) {
			return i
		}
	}
	return 0
}

// fieldAfterAnd: the words after "and" go on with the field a name's
// first part names ("Ministry of Patriots and Veterans Affairs",
// "Portfolio Committee on Defence and Military Veterans"): the first
// part does not end with a body's generic word (one after "of", "on" or
// "for" is its field: "Committee on Defence") or a company's form, the
// second names no body, and its words are the desk's ordinary
// vocabulary, not a name of its own ("… and Lockheed Martin").
func fieldAfterAnd(left, right []word, g *gazetteer) bool {
	last := left[len(left)-1].text
	field := len(left) >= 2 && fieldWords[left[len(left)-2].text]
	if orgHeads[last] && !field || companyForms[last] || isOrgName(right) {
		return false
	}
	return !slices.ContainsFunc(right, func(w word) bool { return !g.common[strings.Trim(w.lower, "'’")] })
}

// fieldWords open the field a body's name is about, after one of the
// fieldHeads.
var fieldWords = set("of", "on", "for")

var fieldHeads = set("Committee", "Society", "Centre", "Center", "Institute", "Council", "Commission", "Association", "Federation",
	"Agency", "Office", "Academy", "Foundation", "Bureau", "Board", "Court", "Authority", "Directorate", "Department")

// fromAcronymStart drops the capitalised words before those whose
// initials spell the defined acronym: "Tatbikatı Çevre ve Şehircilik Bakanlığı
// (ÇŞB)" opens with a sentence's first word, not the name's.
func fromAcronymStart(r run) run {
	if r.acronym == "" {
		return r
	}
	for k := 1; k+1 < len(r.words); k++ {
		if r.words[k].capped && initials(r.words[k:]) == strings.ToLower(r.acronym) {
			return run{start: r.start + k, words: r.words[k:], acronym: r.acronym}
		}
	}
	return r
}

// initials: the first letters of a name's capitalised words, in lower case.
func initials(ws []word) string {
	var b strings.Builder
	for _, w := range ws {
		if w.capped {
			b.WriteRune(unicode.ToLower(firstRune(w.text)))
		}
	}
	return b.String()
}

// bodyAfterHolder: where the body starts in words that follow a title,
// when a person's name and "of" or "at" come first ("John Smith of the
// Royal Navy"), or 0.
func bodyAfterHolder(ws []word, g *gazetteer) int {
	for j := 2; j <= 4 && j+1 < len(ws); j++ {
		if ws[j].text != "of" && ws[j].text != "at" {
			continue
		}
		k := j + 1
		if ws[k].text == "the" {
			k++
		}
		if k < len(ws) && personName(ws[:j], g, nil) {
			return k
		}
		return 0
	}
	return 0
}

// unitNumber: ws open with the number of a military unit that is a name
// without it too, so the number is part of that name ("1 South African
// Infantry Battalion"), not a count of things ("1,000 Canadian Armed
// Forces personnel") nor a year ("in 2024 Group revenue"). A number and
// a bare head ("15 Squadron") is left out, as the desk's labels mostly
// leave such units out.
func unitNumber(ws []word) bool {
	return len(ws) >= 3 && allDigits(ws[0].text) && len(ws[0].text) <= 3 && unitHeads[ws[len(ws)-1].text] && plainSep(ws[1])
}

// unitHeads end a numbered military unit's name.
var unitHeads = set("Squadron", "Battalion", "Regiment", "Brigade", "Division", "Group", "Wing", "Flotilla", "Battery", "Flight")

// boards and boardOf name a company's board ("Board of Directors",
// "Consejo de Administración"), which stands for the company.
var boards, boardOf = set("Board", "Consiglio", "Consejo", "Conselho", "Conseil"), set("Directors", "Amministrazione", "Administración", "Administração", "Administration")

// roleHeads open a role's name in the Romance languages ("Capo di Stato
// Maggiore", "Jefe del Estado Mayor"); not a person's title.
var roleHeads = set("Capo", "Chefe", "Jefe", "Chef")

// staffWords after a role name the staff its holder heads: "Chief of
// Staff", "Capo di Stato Maggiore", "Chefe do Estado-Maior", or make it
// a title ("Secretary of State for Defence").
var staffWords = set("Staff", "Stato", "Estado", "Estado-Maior", "État-major", "Estado-Mayor", "State")

// nameAfterNoun: where the name starts in a run opened by a common noun
// and a genitive or "of" ("Studie des Zentrums für Sicherheitsforschung",
// "Eigentum der Bundeswehr", "Agentes de la Unidad Central Operativa"),
// or 0.
func nameAfterNoun(ws []word, g *gazetteer) int {
	if len(ws) < 3 || orgWord(ws[0].text) || andWords[ws[1].text] {
		return 0
	}
	if ws[1].capped {
		return nameAfterThing(ws, g)
	}
	if _, known := g.names[wordsKey(ws)]; known {
		return 0
	}
	if ws[1].text == "of" && !ws[0].start && !strings.HasSuffix(ws[0].text, "s") {
		return 0 // English capitalises a noun only in a name: "the Port of Rotterdam Authority", not "Crews of"
	}
	k := 1
	for k < len(ws) && !ws[k].capped && (ofWords[ws[k].text] || contractions[ws[k].text] || articles[ws[k].text] || genitiveArticles[ws[k].text]) {
		k++
	}
	if ws[1].text == "der" || ws[1].text == "des" {
		return k // the head after a German genitive article may be inflected: "Zentrums"
	}
	if _, known := g.names[wordsKey(ws[k:])]; k > 1 && k < len(ws) && ws[k].capped && (known || isOrgName(ws[k:])) {
		return k
	}
	return 0
}

// nameAfterThing: where the name starts in a run that a type's
// designation opens before a genitive ("Klasse K130 der Deutschen
// Marine", "FREMM EVO della Marina Militare", "Boeing P-8A Poseidon der
// Deutschen Marine"): the ship, aircraft or system is the body's, not a
// body. No word before the genitive is a body's, one is a designation,
// and a known body or a body's name follows it; or 0.
func nameAfterThing(ws []word, g *gazetteer) int {
	j := slices.IndexFunc(ws, func(w word) bool { return !w.capped })
	if j < 2 || j+1 >= len(ws) || slices.ContainsFunc(ws[:j], func(w word) bool { return orgWord(w.text) }) || !slices.ContainsFunc(ws[:j], func(w word) bool { return designation(w.text, g) }) {
		return 0
	}
	k := j
	for k < len(ws) && !ws[k].capped && (contractions[ws[k].text] || articles[ws[k].text] || genitiveArticles[ws[k].text] || ofWords[ws[k].text]) {
		k++
	}
	if k == j || k >= len(ws) || !ws[k].capped {
		return 0
	}
	tail := ws[k:]
	if _, known := g.names[wordsKey(tail)]; known || isOrgName(tail) {
		return k
	}
	return 0
}

// designation: a type's code ("K130", "P-8A") or an acronym no table
// knows as a body's ("FREMM").
func designation(w string, g *gazetteer) bool {
	_, known := g.names[strings.ToLower(w)]
	return modelCode(w) || isAcronym(w) && !known
}

// placeName: ws name a known place or a town.
func placeName(ws []word, g *gazetteer) bool {
	name := joinWords(ws)
	if e, ok := g.names[strings.ToLower(name)]; ok {
		return e.kind == kindPlace
	}
	return g.cities.get(name) != ""
}

// withoutMemberRole cuts a service member's role off the front of a
// run that a former or single member opens: "a former Royal Marine",
// "Former Royal Marine Danny Price" name a person, not the corps. The
// role ends the run or a person's name follows it: "a Gurkha Welfare
// Trust team", "a Marine Corps veteran" name bodies.
func withoutMemberRole(ws []word, r run, g *gazetteer) run {
	opened := r.words[0].text == "Former" || r.start > 0 && memberOpeners[ws[r.start-1].lower]
	m := slices.IndexFunc(r.words, func(w word) bool { return memberNouns[w.text] })
	if !opened || m < 0 || r.acronym != "" {
		return r
	}
	if rest := r.words[m+1:]; len(rest) > 0 && !personName(rest, g, nil) {
		return r
	}
	return run{start: r.start + m + 1, words: r.words[m+1:]}
}

// memberNouns name one member of a service; memberOpeners come before
// such a noun.
var memberNouns, memberOpeners = set("Marine", "Gurkha", "Commando", "Paratrooper", "Guardsman", "Reservist"), set("a", "an", "former", "ex", "ex-")

// withoutHolder cuts the role holder's name off a body's name that a
// lower-case role opens, as most European languages write a role with
// its body in the genitive: "prezes Stoczni Północnej Adam Nowak" is
// the shipyard's chief, Adam Nowak. The last two or three words must
// read as a person's name and the rest as a body's.
func withoutHolder(ws []word, r run, g *gazetteer) run {
	if r.acronym != "" || !lowerTitleBefore(ws, r.start) {
		return r
	}
	for n := 2; n <= 3 && len(r.words)-n >= 2; n++ {
		rest := r.words[:len(r.words)-n]
		lemma := rest
		if head, ok := headLemma(rest[0].text); ok {
			lemma = slices.Clone(rest)
			lemma[0].text = head
		}
		if personName(r.words[len(rest):], g, nil) && isOrgName(lemma) {
			return run{start: r.start, words: rest}
		}
	}
	return r
}

// afterHead cuts a role's body at its generic last word when two or
// more words follow it, the holder's name: "(Minister of) National
// Defence Dainius Jonaitis" → "National Defence".
func afterHead(ws []word) []word {
	for h := len(ws) - 1; h >= 1; h-- {
		if orgHeads[ws[h].text] || companyForms[ws[h].text] {
			if len(ws)-h-1 >= 2 {
				return ws[:h+1]
			}
			break
		}
	}
	return ws
}

// genitiveArticles join a common noun to the name it belongs to.
var genitiveArticles = set("of", "the", "der", "des")

// beforePerson cuts a run at a person's title followed by a name:
// "National Police Commissioner General Fannie Masemola" → "National Police".
func beforePerson(ws []word) []word {
	for i := 1; i < len(ws)-2; i++ {
		if !personTitles[ws[i].text] || (ws[i].text == "General" && orgWord(ws[i-1].text)) {
			continue // "Inspectoratul General pentru Imigrări": an adjective after a body's generic word
		}
		k := i
		for k < len(ws) && titles[ws[k].text] {
			k++
		}
		if len(ws)-k >= 2 && len(ws)-k <= 4 {
			return ws[:i]
		}
	}
	return ws
}

// personTitles are the titles that only a person bears, never a body's name.
var personTitles = set("Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Sir", "Dame", "General", "Admiral",
	"Colonel", "Captain", "Commissioner", "Minister", "Secretary", "Spokesperson", "Spokesman", "Spokeswoman", "Director", "Chairman",
	"Chairwoman", "CEO", "President", "Commander", "Superintendent", "Inspector", "Ambassador", "Mayor", "Governor")

// isOrgName: an institution pattern or a company form.
func isOrgName(ws []word) bool {
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1].text
	if roleEnds[last] || documentEnds[last] || len(ws) >= 2 && allDigits(last) && documentEnds[ws[len(ws)-2].text] {
		return false // "Federal Coordinating Officer": a person's role; "Security Council Resolution 1244": a text
	}
	if companyForms[last] && len(ws) >= 2 {
		return true
	}
	if allDigits(last) && len(ws) >= 2 {
		return isOrgName(ws[:len(ws)-1]) // "Standing NATO Maritime Group 1", "Panzerlehrbrigade 9"
	}
	if len(ws) >= 2 && ws[len(ws)-2].text == "Red" && (last == "Cross" || last == "Crescent") {
		return true // "Kenya Red Cross", "Qatar Red Crescent"
	}
	if len(ws) < 2 {
		return orgCompound(ws[0].lower)
	}
	if orgHeads[last] || orgCompound(strings.ToLower(last)) {
		return true // "Immigratie- en Naturalisatiedienst"
	}
	for k := 1; k+2 < len(ws); k++ {
		if fieldHeads[ws[k].text] && fieldWords[ws[k+1].text] && ws[k+2].capped && !slices.ContainsFunc(ws[:k], func(w word) bool { return titles[w.text] }) {
			// "Portfolio Committee on Defence and Military Veterans",
			// "American Society of Nephrology"; not a role's name: "High
			// Representative of the Union for Foreign Affairs", nor a
			// company and its country: "Wisła Armour Systems of Poland"
			return true
		}
	}
	if slices.ContainsFunc(ws, func(w word) bool { return greekHeads[w.text] }) {
		return true // "Κεντρικό Λιμεναρχείο Νάξου": adjectives, the head, then whose it is
	}
	return orgOpeners[ws[0].text] && (len(ws) >= 3 || !qualifierOpeners[ws[0].text])
}

// greekHeads are Greek institution nouns in the nominative, which stand
// after a name's adjectives and before its genitives: "Ενιαίο Κέντρο
// Συντονισμού Έρευνας και Διάσωσης", "Αρχαιολογικό Μουσείο Πάρου". A
// genitive ("Κέντρου") is a mention in a case, not the name.
var greekHeads = set("Κέντρο", "Λιμεναρχείο", "Μουσείο", "Νοσοκομείο", "Σχολή", "Γραμματεία", "Εφορεία", "Αρχηγείο", "Επιτελείο",
	"Υπηρεσία", "Διεύθυνση", "Ινστιτούτο", "Πανεπιστήμιο", "Πολυτεχνείο", "Οργανισμός", "Ίδρυμα", "Επιμελητήριο", "Ταμείο",
	"Τράπεζα", "Δικαστήριο", "Εισαγγελία", "Διοίκηση", "Ένωση", "Ομοσπονδία", "Σύνδεσμος", "Υπουργείο", "Σώμα")

// greekConnectors join a Greek name's words: "and" and the genitive
// articles ("Κλειστό Ελεγχόμενο Κέντρο της Λέσβου").
var greekConnectors = set("και", "της", "του", "των")

// documentEnds end the name of a text a body wrote, not of the body.
var documentEnds = set("Resolution", "Act", "Treaty", "Convention", "Agreement", "Declaration", "Directive", "Regulation", "Strategy",
	"Report", "Review")

// roleEnds end the name of a person's role, not of a body.
var roleEnds = set("Officer", "Director", "Coordinator", "Manager", "Administrator", "Secretary", "Minister", "Commissioner",
	"Spokesperson", "Spokesman", "Spokeswoman", "Adviser", "Advisor", "Chairman", "Chairwoman", "Chairperson", "Superintendent")

// qualifierOpeners open a name but, with one word after them, more often
// qualify a thing ("National Day", "Royal Visit", "City Hall") than name a
// body; an institution noun with one word after it is a name ("Agencia
// Tributaria", "Instituto Hidrográfico").
var qualifierOpeners = set("State", "National", "Federal", "Royal", "Marine", "European", "International", "United", "Government",
	"Bank", "Council", "Office", "Armée", "City", "Town", "Municipality", "University", "Junta", "Mando", "Comando", "Tribunal", "Gobierno",
	"Governo", "Gouvernement", "Γενική", "Γενικό")

// localBranch: an institution word and the town or region it serves, as
// German, Dutch and Nordic releases name local bodies ("Feuerwehr
// Bremerhaven", "Staatsanwaltschaft Siegen", "Militärkommando Tirol").
func localBranch(ws []word, g *gazetteer) bool {
	if len(ws) < 2 || !(localHeads[ws[0].text] || orgCompound(ws[0].lower)) {
		return false
	}
	rest := joinWords(ws[1:])
	if e, ok := g.names[strings.ToLower(rest)]; ok {
		return e.kind == kindPlace
	}
	return g.cities.get(rest) != ""
}

// localHeads are bodies that serve one town or region.
var localHeads = set("Feuerwehr", "Polizei", "Staatsanwaltschaft", "Polizeipräsidium", "Politie", "Polisen", "Politiet", "Stadt", "Gemeinde", "Landkreis", "Bezirk", "Gemeente",
	"Provincie", "Kommune", "Kommun", "Land", "Landespolizei", "Wasserschutzpolizei", "Berufsfeuerwehr", "Brandweer", "Veiligheidsregio", "Klinikum")

// kabushikiKaisha finds Japanese company names, written without spaces:
// "海洋電機株式会社", "株式会社テスト".
var kabushikiKaisha = regexp.MustCompile(`[\p{Han}\p{Katakana}ー]{1,16}株式会社|株式会社[\p{Han}\p{Katakana}ー]{1,16}`)

// chineseCompany finds Chinese company names by their registered form,
// written without spaces: "南海重工集团股份有限公司".
var chineseCompany = regexp.MustCompile(`\p{Han}{2,16}?(?:股份有限公司|有限责任公司|有限責任公司|有限公司)`)

// chineseCompanies are the company names in text, each begun after the
// last word before it that cannot be part of a name: a conjunction,
// preposition or particle ("与", "由", "的"), or a common noun for a
// company ("母公司", "上櫃公司": the parent, the listed company).
func chineseCompanies(text string) []string {
	var out []string
	for _, m := range chineseCompany.FindAllString(text, -1) {
		name := []rune(m)
		form := len(name) - 4 // 有限公司, the shortest form
		start := 0
		for k := 0; k < form; k++ {
			if strings.ContainsRune("与與和同及由向对對是为為在从從将將把被于於了并並、的其", name[k]) {
				start = k + 1
			}
			if k+1 < form && string(name[k:k+2]) == "公司" {
				start = k + 2
			}
		}
		if form-start >= 2 {
			out = append(out, string(name[start:]))
		}
	}
	return out
}

// hangulCompany finds Korean company names marked ㈜ (주식회사) after
// the name: "LIG넥스원㈜".
var hangulCompany = regexp.MustCompile(`[\p{Hangul}A-Za-z0-9]{2,20}㈜`)

// headLemma finds the institution word that w inflects: the word with
// an ending added ("Zentrums" → "Zentrum", "Ministerului" →
// "Ministerul"), or all but its last letter shared and at most two
// letters added ("Ministerstwa" → "Ministerstwo", "Agencją" →
// "Agencja"); the longest shared stem wins, so a word is read in its own
// language, not as a shorter head of another ("Agence").
func headLemma(w string) (string, bool) {
	if orgHeads[w] || orgOpeners[w] {
		return "", false
	}
	rw := []rune(w)
	for n := len(rw) - 1; n >= max(len(rw)-3, 5); n-- {
		if h := string(rw[:n]); orgHeads[h] || orgOpeners[h] {
			return h, true
		}
	}
	for n := len(rw) - 1; n >= max(len(rw)-2, 5); n-- { // a longer ending is another word's: "Statistični" is no "Statistik"
		if h, ok := headStems[string(rw[:n])]; ok && len(rw) <= utf8.RuneCountInString(h)+2 {
			return h, true
		}
	}
	if h, ok := headStems[w]; ok && strings.HasSuffix(w, "i") && strings.HasSuffix(h, "ia") {
		return h, true // the Polish genitive of "-ia": "Stoczni" of "Stocznia"
	}
	return "", false
}

// headStems maps each long institution word less its last letter to it.
var headStems = func() map[string]string {
	m := map[string]string{}
	for _, set := range []map[string]bool{orgOpeners, orgHeads} {
		for h := range set {
			r := []rune(h)
			if len(r) < 6 {
				continue
			}
			if old, ok := m[string(r[:len(r)-1])]; !ok || h < old { // Marina, Marine: the same one every run
				m[string(r[:len(r)-1])] = h
			}
		}
	}
	return m
}()

// orgWord: a word that heads or opens an institution's name.
func orgWord(w string) bool {
	return orgHeads[w] || orgOpeners[w] || orgCompound(strings.ToLower(w))
}

// orgCompound: one-word institution names built on a generic head, as
// German, Nordic, Finnish, Estonian and Dutch write them:
// "Verteidigungsministerium", "Försvarsmakten", "Tullverket",
// "Rajavartiolaitos", "Belastingdienst".
func orgCompound(w string) bool {
	for _, suffix := range orgSuffixes {
		if strings.HasSuffix(w, suffix) && len(w) > len(suffix)+3 {
			return true
		}
	}
	return false
}

// compoundLemma reads a one-word body in a case form as the name it
// inflects: "Landeskriminalamts" is the Landeskriminalamt,
// "Kaitseministeeriumi" the Kaitseministeerium.
func compoundLemma(w string) (string, bool) {
	if orgCompound(strings.ToLower(w)) {
		return "", false
	}
	for _, end := range []string{"s", "i"} { // the genitive German and Nordic languages, and Estonian, write onto it
		if stem, ok := strings.CutSuffix(w, end); ok && orgCompound(strings.ToLower(stem)) && !strings.HasSuffix(stem, "dienst") {
			return stem, true // a German "…dienstes" is a service, not the Dutch "…dienst" body
		}
	}
	return "", false
}

var orgSuffixes = []string{"ministerium", "bundesamt", "kriminalamt", "zollamt", "finanzamt", "landesamt", "gesundheitsamt", "kommando", "präsidium", "anwaltschaft", "brigade", "flottille", "geschwader",
	"bataillon", "polizei", "direktion", "feuerwehr", "verket", "makten", "myndigheten",
	"departementet", "ministeriet", "direktoratet", "tjenesten", "styrelsen", "politiet", "værnet", "vernet", "voimat", "laitos",
	"ministeriö", "virasto", "ministeerium", "dienst", "ministerie", "amet", "polisen",
	// a parliament's committee in German, a regiment in Swedish ("Haushaltsausschuss", "Luftvärnsregementet")
	"ausschuss", "regementet"}

// acronymDefinitions reads names that define an acronym in brackets
// though some of their words are in lower case, as most languages write
// institutions: "Société nationale de sauvetage en mer (SNSM)",
// "Агенція оборонних закупівель (АОЗ)". After Schwartz and Hearst
// (2003): walking back from the bracket, each letter of the acronym,
// last first, must start a word; short function words may stand between.
func acronymDefinitions(ws []word) []run {
	var out []run
	for i := 1; i < len(ws); i++ {
		if strings.TrimSpace(ws[i].sep) != "(" || !isAcronym(ws[i].text) || (i+1 < len(ws) && !strings.HasPrefix(strings.TrimSpace(ws[i+1].sep), ")")) {
			continue
		}
		letters := []rune(strings.ToLower(strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return r
			}
			return -1
		}, ws[i].text)))
		k, p := len(letters)-1, i-1
		for ; p >= 0 && k >= 0 && i-p <= len(letters)+5; p-- {
			if p < i-1 && !plainSep(ws[p+1]) {
				break
			}
			if first := []rune(ws[p].lower)[0]; first == letters[k] {
				k--
				if k < 0 {
					break
				}
			} else if !connectors[ws[p].lower] && !functionWords[ws[p].lower] {
				break
			}
		}
		if k < 0 && ws[p].capped && i-p >= 2 {
			r := run{start: p, words: slices.Clone(ws[p:i]), acronym: ws[i].text}
			if head, ok := headLemma(r.words[0].text); ok {
				r.words[0].text = head // "Wojsk Obrony Terytorialnej (WOT)"
			}
			if last := &r.words[len(r.words)-1]; !last.capped {
				if head, ok := lowerHead(last.lower); ok {
					last.text = head // "Pohjoisen turvallisuuden instituutin (PTI)"
				}
			}
			out = append(out, r)
		}
	}
	return out
}

// functionWords may stand inside a name without a letter in its acronym.
var functionWords = set("dei", "delle", "degli", "dello", "al", "en", "em", "na", "no", "za", "за", "на", "по", "и", "і", "в", "у", "för", "af",
	"til", "voor", "van", "het", "z", "ze", "w", "a", "à", "aux", "pour", "para", "per", "ve", "ja", "ir", "un", "και", "της", "του", "των")

// numberWords open a sentence's count, not a name: "Two Kenya Air Force
// helicopters", "Eleven European states".
var numberWords = set("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen",
	"Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy",
	"Eighty", "Ninety", "Hundred", "Hundreds", "Thousand", "Thousands", "Dozens", "Several")

// shipPrefixes name a ship, not an organisation.
var shipPrefixes = set("USS", "USNS", "HMS", "HMCS", "HMAS", "HMNZS", "HNLMS", "HDMS", "HNoMS", "HSwMS", "FGS", "NRP", "ORP", "ITS",
	"ESPS", "TCG", "INS", "JS", "ROKS", "KRI", "BNS", "Zr.Ms.", "Hr.Ms.")

// allDigits: "15" in "15 Squadron", "000" of "1,000 Canadian Armed Forces".
func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// complementLanguages write an institution's name as a capitalised head
// and a lower-case complement: "Ministerstvo obrany", "Ministarstvo
// obrane Republike Hrvatske", "Министерство на отбраната", "Агенція
// оборонних закупівель".
var complementLanguages = set("cs", "sk", "pl", "hr", "sl", "sr", "bs", "bg", "mk", "uk", "ru", "be")

// complementPrepositions may open the complement ("на отбраната").
var complementPrepositions = set("na", "za", "pro", "на", "за", "для", "по")

// adjectiveEndings end a Slavic adjective, which needs the noun after it
// ("zahraničních věcí", "оборонних закупівель").
var adjectiveEndings = []string{"ých", "ích", "ého", "ní", "ské", "ského", "nej", "ego", "ych", "ich", "nih", "skih", "ne",
	"них", "ных", "ых", "их", "ого", "ої", "ой", "ної", "ски", "ските"}

// lowerComplements finds names whose head is an institution word, in
// any of its case forms, followed by a lower-case complement and any
// capitalised words after it, in the languages that write them so. A
// complement of one word ("Ministerstvo obrany") may as well be a verb
// ("Ministerstwo podpisało"), so it counts only when the text writes the
// same name twice; a preposition, an adjective and its noun, or
// capitalised words after it ("obrane Republike Hrvatske") are enough.
func lowerComplements(ws []word) []run {
	var out []run
	seen := map[string]int{}
	for i := 0; i+1 < len(ws); i++ {
		head := ws[i].text
		if !ws[i].capped || !orgOpeners[head] {
			h, ok := headLemma(head)
			if !ws[i].capped || !ok || !orgOpeners[h] {
				continue
			}
			head = h
		}
		j := i + 1
		lower := func(k int) bool {
			return k < len(ws) && plainSep(ws[k]) && !ws[k].start && !ws[k].capped && unicode.IsLetter(firstRune(ws[k].text))
		}
		if !lower(j) {
			continue
		}
		if (complementPrepositions[ws[j].lower] || adjective(ws[j].lower)) && lower(j+1) {
			j++
		}
		j++
		for j < len(ws) && ws[j].capped && plainSep(ws[j]) && !ws[j].start {
			j++
		}
		words := slices.Clone(ws[i:j])
		words[0].text, words[0].lower = head, strings.ToLower(head)
		out = append(out, run{start: i, words: words})
		seen[wordsKey(words)]++
		i = j - 1
	}
	return slices.DeleteFunc(out, func(r run) bool { return len(r.words) == 2 && seen[wordsKey(r.words)] < 2 })
}

func adjective(w string) bool {
	for _, e := range adjectiveEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// afterOf counts the "of" words and articles that open ws ("de la", "of the").
func afterOf(ws []word) int {
	k := 0
	for k < len(ws) && (ws[k].text == "of" || ws[k].text == "the" || ofWords[ws[k].text] || contractions[ws[k].text] || articles[ws[k].text]) {
		k++
	}
	return k
}

// introducedCompanies finds one-word company names that the text
// introduces by a common noun for a company: "the shipbuilder Navantia",
// "le chantier Couach", "des Elektronikkonzerns Helion", "la empresa
// Indra". The name stands alone (no capitalised word follows it, which
// would make it the first word of a longer name) and is no place; "the
// company's Meerval" is its product.
func introducedCompanies(ws []word, g *gazetteer, lang string) []run {
	var out []run
	for i := 1; i < len(ws); i++ {
		w := ws[i]
		if !companyNoun(ws[i-1].lower) || ws[i-1].poss || !w.capped || w.start || !plainSep(w) || !unicode.IsLetter(firstRune(w.text)) ||
			i+1 < len(ws) && ws[i+1].capped && plainSep(ws[i+1]) && !ws[i+1].start {
			continue
		}
		if titles[w.text] || calendarWords[w.text] || g.common[w.lower] || placeName(ws[i:i+1], g) {
			continue // "the company Chairman", "the firm Monday": no name
		}
		if complementLanguages[lang] && adjective(w.lower) {
			continue // "Společnost Valašské optické závody": an adjective opens a longer name
		}
		if nounCapitals[lang] && !slices.ContainsFunc(ws[i+1:], func(o word) bool { return o.text == w.text }) && !slices.ContainsFunc(ws[:i-1], func(o word) bool { return o.text == w.text }) {
			continue // German capitalises every noun: "dem Unternehmen Aufträge" names none unless the name comes again
		}
		out = append(out, run{start: i, words: ws[i : i+1]})
	}
	return out
}

// companyNoun: a common noun for a company, or a German compound ending
// in one ("Rüstungskonzerns", "Triebwerkshersteller").
func companyNoun(lower string) bool {
	if companyNouns[lower] {
		return true
	}
	for _, end := range companyNounEnds {
		if strings.HasSuffix(lower, end) && len(lower) > len(end)+2 {
			return true
		}
	}
	return false
}

// companyNouns introduce a company's name in the languages of the desk;
// companyNounEnds end German compounds of them.
var companyNouns = set("company", "firm", "shipbuilder", "shipyard", "manufacturer", "maker", "carmaker", "contractor", "supplier",
	"start-up", "startup", "conglomerate", "subsidiary",
	"société", "entreprise", "groupe", "chantier", "constructeur", "fabricant", "équipementier", "motoriste", "armateur",
	"unternehmen", "konzern", "konzerns", "firma", "werft", "hersteller", "herstellers",
	"empresa", "compañía", "companhia", "astillero", "estaleiro", "fabricante", "constructora",
	"azienda", "società", "cantiere", "costruttore",
	"bedrijf", "concern", "scheepswerf", "onderneming", "fabrikant",
	"selskapet", "bolaget", "företaget", "konsernet", "koncernen", "virksomheden", "verftet", "varvet", "yhtiö",
	"spółka", "spółką", "spółki", "firmą", "firmy", "koncernem", "koncernu", "společnost", "společností", "společnosti", "firmou")

var companyNounEnds = []string{"konzern", "konzerns", "hersteller", "herstellers", "werft"}

// nounCapitals are the languages that capitalise every noun.
var nounCapitals = set("de", "lb")

// polishNominative reads a Polish company's name, which the sentence
// declines, in the nominative it is registered under: "z Hutą Stalowa
// Wola S.A." → "Huta Stalowa Wola S.A.", "Polskiej Grupy Zbrojeniowej
// S.A." → "Polska Grupa Zbrojeniowa S.A.", "z Zakładami Mechanicznymi
// Wisłok S.A." → "Zakłady Mechaniczne Wisłok S.A.". Only the feminine
// and plural endings are read: they change a word's end and nothing
// before it; a feminine noun in the genitive ("Grupy") counts only
// beside an adjective in it ("Polskiej").
func polishNominative(ws []word) []word {
	genitive := slices.ContainsFunc(ws, func(w word) bool { return w.capped && len([]rune(w.text)) > 4 && strings.HasSuffix(w.text, "ej") })
	out := slices.Clone(ws)
	for i, w := range out {
		if !w.capped || companyForms[w.text] || len([]rune(w.text)) <= 3 {
			continue
		}
		t := w.text
		switch {
		case strings.HasSuffix(t, "kiej"), strings.HasSuffix(t, "giej"):
			t = strings.TrimSuffix(t, "iej") + "a"
		case strings.HasSuffix(t, "ej"):
			t = strings.TrimSuffix(t, "ej") + "a"
		case strings.HasSuffix(t, "ą"):
			t = strings.TrimSuffix(t, "ą") + "a"
		case strings.HasSuffix(t, "ymi"):
			t = strings.TrimSuffix(t, "ymi") + "e"
		case strings.HasSuffix(t, "ami"):
			t = strings.TrimSuffix(t, "ami") + "y"
		case genitive && strings.HasSuffix(t, "y"):
			t = strings.TrimSuffix(t, "y") + "a"
		}
		out[i].text, out[i].lower = t, strings.ToLower(t)
	}
	return out
}
