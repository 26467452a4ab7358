package segment

import (
	"regexp"
	"strings"

	"newsdesk/process/normalise/block"
)

// contactSentences gives a paragraph of prose that names a contact in one
// of its sentences ("… For media enquiries contact Ingrid Hansen, +47 …,
// ingrid@…." at the end of an About section) a block of those sentences
// alone, from the person after the cue on, so that they read as contact
// lines; the blocks are copied only when one changes, and the indices
// of those rewritten are returned with them.
func contactSentences(bs []block.Block) ([]block.Block, map[int]bool) {
	var out []block.Block
	rewritten := map[int]bool{}
	for i, b := range bs {
		if !prose(b) {
			continue
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
		if at == nil {
			continue
		}
		cues := contactCue.FindAllStringIndex(sent[:at[0]], -1)
		if len(cues) == 0 {
			continue
		}
		lines = append(lines, strings.TrimSpace(strings.TrimRight(sent[cues[len(cues)-1][1]:], ". ")))
	}
	return lines
}

// ContactSentence: the block names a contact in a sentence, long or
// short ("Para más información, pueden contactar con Marta Fernández en
// el 981 555 012", "Journalists can reach Jo Reed at …"), as a release's
// last paragraph may.
func ContactSentence(b block.Block) bool {
	return cuedContacts(b.Text()) != nil
}

// sentenceEnd ends a sentence; an address's dots have no space after them.
var sentenceEnd = regexp.MustCompile(`[.!?。！？]\s+`)

// abbrevEnd: the text ends in an abbreviation whose dot ends no
// sentence, a phone label's or a title's.
var abbrevEnd = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:tel|tél|ph|tlf|puh|mob|cell|fax|no|nr|dr|mr|mrs|ms|prof|lt|col|capt|cdr|gen|maj|sgt|st|mag|ing|dott)$`)

// contactCue: the words that put a contact in a sentence, in the desk's
// languages ("please contact", "can reach", "enquiries to", "wenden
// Sie sich an", "contactez", "joindre", "si prega di contattare",
// "обращайтесь к").
var contactCue = regexp.MustCompile(`(?i)\b(?:contact\s+opnemen\s+met|contact(?:ez|er|ar|e)?|reach|be\s+reached(?:\s+by\s+(?:phone|telephone|e-?mail))?\s+(?:on|at|via)\b|joindre|enquiries|inquiries|queries|kontakt(?:a|e|ieren|ujte|ować|uj)?|wenden\s+sie\s+sich\s+an|contatt(?:are|i)|contacto|contactar|contate|neem\s+contact\s+op\s+met|kontakta|ota\s+yhteyttä|обращайтесь(?:\s+к)?|свяжитесь\s+с|звертайтеся\s+до|lisätietoja(?:\s+ant(?:aa|avat))?|rückfragen(?:\s+(?:an|beantwortet|richten\s+sie\s+bitte\s+an))?|auskunft\s+(?:gibt|erteilt|erteilen)|(?:further|more)\s+information(?:\s+(?:from|is\s+available\s+from))?|yderligere\s+oplysninger(?:\s+ved)?|upplysningar(?:\s+lämnas\s+av)?|inlichtingen(?:\s+bij)?|renseignements(?:\s+auprès\s+de)?|informacji\s+udziela|πληροφορίες)\b[\s:,]*(?:(?:to|with|at|on|please|us|the|a|an|à|a|con|mit|met|z|s|(?-i:de|het|der|die|das|den|le|la|les|el|il|lo))\s+)*`)
