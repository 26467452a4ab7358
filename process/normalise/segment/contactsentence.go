package segment

import (
	"regexp"
	"strings"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// contactSentences gives a paragraph of prose (or a short sentence saying
// where its subject is reached) that names a contact in one of its sentences ("… For media enquiries contact Ingrid Hansen, +47 …,
// ingrid@…." at the end of an About section) a block of those sentences
// alone, from the person after the cue on, so that they read as contact
// lines; the blocks are copied only when one changes, and the indices
// of those rewritten are returned with them.
func contactSentences(bs []block.Block) ([]block.Block, map[int]bool) {
	var out []block.Block
	rewritten := map[int]bool{}
	for i, b := range bs {
		if t := b.Text(); !prose(b) && (!reachVerb.MatchString(t) || contactCue.MatchString(t)) {
			continue // a short sentence is read only when it says where its subject is reached
		}
		lines := cuedContacts(b.Text())
		if lines == nil {
			continue
		}
		if out == nil {
			out = append([]block.Block(nil), bs...)
		}
		out[i] = block.Block{Kind: block.Para, Lines: lines}
		rewritten[i] = true
	}
	if out == nil {
		return bs, rewritten
	}
	return out, rewritten
}

// cuedContacts are the sentences of t that name a contact after a cue
// ("please contact", "can reach"), each from the person after the cue
// on; nil when none does.
func cuedContacts(t string) []string {
	if !EmailRE.MatchString(t) && !PhoneLine(t) {
		return nil
	}
	var lines []string
	from := 0
	for _, end := range append(sentenceEnd.FindAllStringIndex(t, -1), []int{len(t), len(t)}) {
		if end[0] < len(t) && abbrevEnd.MatchString(t[from:end[0]]) {
			continue // "tel. 040 …", "Dr. Salo": no sentence ends
		}
		sent := t[from:end[0]]
		from = end[1]
		at := EmailRE.FindStringIndex(sent)
		if at == nil {
			// "… contact Mikko Salonen, tel. 040 555 0182": a
			// person by number alone.
			at = phoneRE.FindStringIndex(sent)
		}
		if at == nil && reachVerb.MatchString(sent) {
			// "Pressevagten kan kontaktes på 72 55 12 34": where the
			// subject is reached, a number without a trunk prefix,
			// read after its preposition.
			if m := spokenPhone.FindStringSubmatchIndex(sent); m != nil {
				at = m[2:4]
			}
		}
		if at == nil {
			continue
		}
		cues := contactCue.FindAllStringIndex(sent[:at[0]], -1)
		if len(cues) == 0 {
			if l := reachedAt(sent, at[0]); l != "" {
				lines = append(lines, l)
			}
			continue
		}
		lines = append(lines, eachPerson(strings.TrimSpace(strings.TrimRight(sent[cues[len(cues)-1][1]:], ". ")))...)
	}
	return lines
}

// eachPerson splits the words after a cue into a line per person when
// they name several, each with a number or an address of their own
// ("Jane Doe on 020 … or John Roe on 020 …"); one line otherwise ("Jo
// Reed on 0131 … or at jo.reed@…").
func eachPerson(l string) []string {
	parts := nameJoiner.Split(l, -1)
	if len(parts) < 2 {
		return []string{l}
	}
	for _, p := range parts {
		if !EmailRE.MatchString(p) && !PhoneLine(p) || personIn(contactName([]string{p})) == "" {
			return []string{l}
		}
	}
	return parts
}

// reachedAt reads a sentence that says where its subject is reached
// ("Polisens presstjänst nås dygnet runt på 010-…", "Die Pressestelle
// der Feuerwehr ist erreichbar unter 040 …") as a contact line: the
// subject, a press office or a person in a few words, then what
// follows from the number or address at on; "" when it says no such thing.
func reachedAt(sent string, at int) string {
	loc := reachVerb.FindStringIndex(sent[:at])
	if loc == nil {
		return ""
	}
	subject := strings.TrimSpace(article.ReplaceAllString(strings.TrimSpace(sent[:loc[0]]), ""))
	if n := len(strings.Fields(subject)); n == 0 || n > 6 || !pressLine.MatchString(subject) && personIn(subject) == "" {
		return ""
	}
	return subject + ", " + strings.TrimSpace(strings.TrimRight(sent[at:], ". "))
}

// reachVerb: the words after a sentence's subject that say where it is
// reached, in the desk's languages.
var reachVerb = prefilter.MustCompile(`(?i)\s(?:nås|är\s+nåbar|kan\s+nås|(?:ist|sind)\s+(?:\S+\s+){0,3}erreichbar|est\s+joignable|sont\s+joignables|è\s+raggiungibile|es\s+localizable|está\s+disponible|is\s+(?:\S+\s+){0,2}bereikbaar|is\s+(?:available|reachable)|can\s+be\s+reached|tavoittaa|on\s+tavoitettavissa|træffes|kan\s+kontaktes|er\s+tilgjengelig|nås\s+på|jest\s+dostępn[ya]|je\s+k\s+zastižení|elérhető|доступн[аы]?|можно\s+связаться)(?:[^\p{L}\p{N}_]|$)`) // not \b, which ends no word of a letter outside ASCII ("доступна")

// article: the article opening a sentence's subject ("Die Pressestelle",
// "La cellule communication", "The press office").
var article = regexp.MustCompile(`^(?:The|Die|Der|Das|La|Le|Les|L'|El|Los|Las|Il|Lo|De|Het|O|A|Os|As)\s+`)

// ContactSentence: the block names a contact in a sentence, long or
// short ("Para más información, pueden contactar con Marta Fernández en
// el 981 555 012", "Journalists can reach Jo Reed at …"), as a release's
// last paragraph may.
func ContactSentence(b block.Block) bool {
	return cuedContacts(b.Text()) != nil
}

// sentenceEnd ends a sentence; an address's dots have no space after them.
var sentenceEnd = prefilter.MustCompile(`[.!?。！？]\s+`)

// abbrevEnd: the text ends in an abbreviation whose dot ends no
// sentence, a phone label's or a title's.
var abbrevEnd = prefilter.MustCompile(`(?i)(?:^|[^\pL])(?:tel|tél|ph|tlf|puh|mob|cell|fax|no|nr|dr|mr|mrs|ms|prof|lt|col|capt|cdr|gen|maj|sgt|st|mag|ing|dott|sra|sr|srta|dña|mme|mlle|mgr|lic|hr|fr|dhr|mevr|sig)$`)

// contactCue: the words that put a contact in a sentence, in the desk's
// languages ("please contact", "can reach", "enquiries to", "wenden
// Sie sich an", "contactez", "joindre", "si prega di contattare",
// "обращайтесь к"). Its word boundaries are written out: Go's \b sees
// no word in "обращайтесь" or "πληροφορίες".
var contactCue = prefilter.MustCompile(`(?i)(?:\b|^|[^\p{L}\p{N}_])(?:contact\s+opnemen\s+met|contact(?:ez|er|ar|e)?|reach|be\s+reached(?:\s+by\s+(?:phone|telephone|e-?mail))?\s+(?:on|at|via)\b|joindre|enquiries|inquiries|queries|kontakt(?:a|e|ieren|ujte|ować|uj)?|wenden\s+sie\s+sich\s+an|contatt(?:are|i)|contacto|contactar|contate|neem\s+contact\s+op\s+met|kontakta|ota\s+yhteyttä|обращайтесь(?:\s+к)?|свяжитесь\s+с|звертайтеся\s+до|lisätietoja(?:\s+ant(?:aa|avat))?|rückfragen(?:\s+(?:an|beantwortet|richten\s+sie\s+bitte\s+an))?|auskunft\s+(?:gibt|erteilt|erteilen)|(?:further|more)\s+information(?:\s+(?:from|is\s+available\s+from))?|yderligere\s+oplysninger(?:\s+ved)?|upplysningar(?:\s+lämnas\s+av)?|inlichtingen(?:\s+bij)?|renseignements(?:\s+auprès\s+de)?|informacji\s+udziela|πληροφορίες)(?:\b|[^\p{L}\p{N}_]|$)[\s:,]*(?:(?:to|with|at|on|please|us|the|a|an|à|a|con|mit|met|z|s|(?-i:de|het|der|die|das|den|le|la|les|el|il|lo))\s+)*`)
