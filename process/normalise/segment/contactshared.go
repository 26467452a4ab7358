package segment

import (
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/prefilter"
)

// sharers are the people an address is written for in common: two or
// more persons named in the lines of its entry, each with the number
// written after them ("Ten. Col. Marco Bellandi – cell. …" and "Magg.
// Chiara Ferri – cell. …" over "e-mail: stampa@…"; "Jane Ellery or Sam
// Lutu, +61 …, media@…"; "Laura Gómez / Javier Ortega" over one number).
// nil when the entry names fewer than two, or when the address spells
// one of them: a person's own address is no one else's. An
// organisation's line after people with their numbers opens another
// group ("Carrow Foods plc" and its chief executive's number over
// "Halden Square Communications" and its two people over the address):
// from is the line the sharers' group starts on.
func (r *entryReader) sharers(addr string, lines []string) (out []draft.Contact, from int) {
	// waiting: the people at the end of out still without a number,
	// named on line waitingOn.
	waiting, waitingOn := 0, 0
	for k, l := range lines {
		if ContactLabel.MatchString(l) && wholeLabel(strings.TrimSpace(strings.Trim(strings.TrimSpace(l), ":："))) {
			continue // a heading over the entries
		}
		if waiting == 0 && len(out) > 0 && !PhoneLine(l) && !EmailRE.MatchString(l) && len(r.peopleIn(l)) == 0 {
			out, from = nil, k
		}
		l, _ = stripLabel(l)
		l = lineLabel.ReplaceAllString(l, "")
		seps := append(ContactSep.FindAllString(l, -1), "")
		for p, part := range ContactSep.Split(l, -1) {
			// A name after a person still without a number is a role's
			// or an office's ("Sara Nasser" over "Communications
			// Director", "राजेश शर्मा, प्रवक्ता, रक्षा मंत्रालय"), unless a
			// slash joins the two ("Laura Gómez / Javier Ortega").
			if waiting == 0 || waitingOn == k && p > 0 && strings.TrimSpace(seps[p-1]) == "/" {
				for _, n := range r.peopleIn(part) {
					out = append(out, draft.Contact{Name: &n})
					waiting, waitingOn = waiting+1, k
				}
			}
			if waiting == 0 {
				continue // no one to give a number to
			}
			if p := firstPhone([]string{part}); p != "" {
				for k := len(out) - waiting; k < len(out); k++ {
					num := p
					out[k].Phone = &num
				}
				waiting = 0
			}
		}
	}
	if len(out) < 2 {
		return nil, 0
	}
	for _, c := range out {
		if Spells(addr, *c.Name) {
			return nil, 0
		}
	}
	return out, from
}

// peopleIn is peopleIn(part), read once for every address that asks.
func (r *entryReader) peopleIn(part string) []string {
	ps, ok := r.people[part]
	if !ok {
		ps = peopleIn(part)
		r.people[part] = ps
	}
	return ps
}

// peopleIn are the persons one part of a contact line names: one, or
// several joined by "or", "and" and their like ("Jane Ellery or Sam
// Lutu"); none when any of the joined names is no person's.
func peopleIn(part string) []string {
	var out []string
	for _, p := range nameJoiner.Split(part, -1) {
		n := personIn(contactName([]string{p}))
		if n == "" {
			return nil
		}
		out = append(out, n)
	}
	return out
}

// nameJoiner: the word between two people's names sharing an entry.
var nameJoiner = prefilter.MustCompile(`(?i)\s+(?:or|and|&|y|e|o|ou|et|und|oder|of|en|og|och|eller|tai|ja|lub|i|nebo|a|vagy|sau|veya|ve|и|или|або|ή|και)\s+`)
