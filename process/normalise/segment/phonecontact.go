package segment

import (
	"net/mail"
	"newsdesk/process/normalise/prefilter"
	"regexp"
	"strings"
	"unicode"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
)

// PhoneContacts reads a media contact written without an address: a
// contact heading or a short contact line with a phone number ("Media:
// Zoe Mitchell 0400 555 123", "Pressetelefon: 23 55 50 50"). The sender's
// address is the contact's when the contact names no one, and when the
// sender is the contact (SenderIs).
func PhoneContacts(bs []block.Block, from mail.Address) []draft.Contact {
	sender := from.Address
	bs = prepared(bs)
	for i, b := range bs {
		if prose(b) || footer.MatchString(b.Text()) || EmailRE.MatchString(b.Text()) {
			continue
		}
		lines := ContactGroup(bs, i)
		phone := firstPhone(lines)
		if phone == "" || !labelledContact(bs, i) {
			continue
		}
		c := draft.Contact{Phone: &phone}
		name := contactName(lines, sender)
		if name == phone {
			name = ""
		}
		if name != "" {
			c.Name = &name
		}
		if sender != "" && (name == "" || SenderIs(from, name, lines)) {
			s := sender
			c.Email = &s
		}
		return []draft.Contact{c}
	}
	return nil
}

// SenderEntry gives the sender's address to the first entry by number
// alone that the sender is ("Media contacts:" over "Jo Reed 0131 …" and
// "Sam Patel 0131 …", sent by Jo Reed), as PhoneContacts does for a
// contact without an address.
func SenderEntry(cs []draft.Contact, bs []block.Block, from mail.Address) []draft.Contact {
	if from.Address == "" {
		return cs
	}
	for _, c := range cs {
		if c.Email != nil && strings.EqualFold(*c.Email, from.Address) {
			return cs // the sender's address is an entry's already
		}
	}
	for _, b := range bs {
		if t := b.Text(); strings.Contains(strings.ToLower(t), strings.ToLower(from.Address)) && !footer.MatchString(t) {
			return cs // written under an office, not beside any entry's person: read there (a footer is read nowhere)
		}
	}
	// written: an entry has an address of its own, written in the
	// release, so an office's line by number alone beside it
	// ("Regionens pressjour: 0498-…" under a person's entry) is reached
	// by phone, not at the sender's mailbox.
	written := false
	for _, c := range cs {
		written = written || c.Email != nil
	}
	for i, c := range cs {
		if c.Email != nil || c.Name == nil || written && personIn(*c.Name) == "" {
			continue
		}
		for _, b := range prepared(bs) {
			if strings.Contains(b.Text(), *c.Name) && SenderIs(from, *c.Name, b.Lines) {
				s := from.Address
				cs[i].Email = &s
				return cs
			}
		}
	}
	return cs
}

// Signatory reads the media contact of a release signed at its foot by
// its spokesperson, with neither number nor address: a person's name
// over a press, public relations or spokesperson role ("Thomas Brandt /
// Pressesprecher", "JOHN DOE / Colonel / Director of Public Affairs").
// A signature with another role ("Communications, Harbour Board") or an
// office's ("Garda Press Office") is a sign-off, not a contact.
func Signatory(bs []block.Block, from mail.Address) []draft.Contact {
	for _, b := range bs {
		lines := b.Lines
		for len(lines) > 0 && (strings.TrimSpace(lines[0]) == "--" || SignOff.MatchString(lines[0])) {
			lines = lines[1:] // "--" and "Pagarbiai" over the name
		}
		if len(lines) < 2 || len(lines) > 6 || !PersonLike(lines[0]) {
			continue
		}
		name := personIn(lines[0])
		if name == "" || !spokesRole.MatchString(strings.Join(lines[1:], "\n")) {
			continue
		}
		c := draft.Contact{Name: &name}
		if p := firstPhone(lines[1:]); p != "" {
			c.Phone = &p
		}
		if from.Address != "" && SenderIs(from, name, lines) {
			s := from.Address
			c.Email = &s
		}
		return []draft.Contact{c}
	}
	return nil
}

// spokesRole: a spokesperson's or press officer's title in the desk's
// languages. A director of information is one where the title ends
// there or names its office ("Director of Defence Information",
// "Head of Information and Press"), not a head of information
// technology or security.
var spokesRole = prefilter.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])(?:spokes(?:man|woman|person)|(?:director|head|chief|officer)\s+of\s+(?:defence\s+|naval\s+|army\s+|public\s+)?information(?:[ \t]*(?:$|\n|[^\pL\s])|\s+(?:and\s+(?:press|media|public)|office|department|directorate|division|branch|at|of|for)\b)|press\s+(?:officer|secretary|attach[ée])|media\s+(?:officer|relations|adviser|advisor)|public\s+(?:relations|affairs|information)|(?:presse|medien)sprecher(?:in)?|sprecher(?:in)?|porte-parole|portavoz|portavoce|porta-voz|woordvoerder|rzecznik|talsperson|pressetalsperson|pressetalsmann|tiedottaja|mluvčí|szóvivő|hovorca|atstovas\s+spaudai|представник|пресс-секретарь|официальный\s+представитель|報道官|広報官|대변인|发言人|發言人|المتحدث|` +
	// A public relations or communications officer's title.
	`communications?\s+(?:officer|manager|director|adviser|advisor|lead|specialist)|(?:director|head)\s+of\s+(?:communications?|media|press)|` +
	`viešųjų\s+ryšių|sabiedrisko\s+attiecību|pressiesindaja|kommunikatsiooni(?:juht|nõunik)|attaché[e]?\s+de\s+presse|chargé[e]?\s+de\s+(?:communication|presse)|responsable\s+(?:de\s+(?:la\s+)?)?communication|` +
	`jef[ea]\s+de\s+prensa|responsable\s+de\s+prensa|addett[oa]\s+stampa|capo\s+ufficio\s+stampa|assessor[a]?\s+de\s+imprensa|pressereferent(?:in)?|persvoorlichter|presschef|pressekreterare|pressechef|presseansvarlig|` +
	`viestintä(?:päällikkö|johtaja)|tiskov[ýá]\s+mluvčí|purtător\s+de\s+cuvânt|glasnogovorni(?:k|ca)|portparol|говорител|речни(?:к|ця)|прес-секретар|εκπρόσωπος\s+τύπου|basın\s+(?:sözcüsü|müşaviri)|` +
	`juru\s*(?:bicara|cakap)|người\s+phát\s+ngôn|דובר(?:ת)?|سخنگو|प्रवक्ता|โฆษก|広報担当|홍보\s*담당)`)

// SenderIs says whether the email's sender is the contact written in
// lines under name, so that the sender's address is the contact's: an
// office the sender names ("Press Office" sending for "Press Office",
// "Gabinete de Comunicação" for "Gabinete de Comunicação da Marinha"),
// or whose organisation the sender's press mailbox shares
// (stampa.genova@ of "GdF Comando Provinciale Genova" for "Ufficio
// Stampa GdF Genova"); a person whose name the address spells or the
// sender signs with, or a person writing from the mailbox of the role
// written with them ("secretary" from secretary@, "Pressesprecher" from
// "Feuerwehr Pressesprecher"). A ministry's general mailbox does not
// answer for its communications unit, another organisation's press desk
// not for an agency it names, nor a press office for a person it lists.
func SenderIs(from mail.Address, name string, lines []string) bool {
	if personIn(name) == "" {
		if from.Name == "" {
			return OfficeMailbox(from.Address)
		}
		if generalMailbox(from.Address) {
			// info@ answers for the organisation itself, not for an
			// office within it ("東和造船株式会社 広報室" from "東和造船").
			return sameWords(name, from.Name) && len(strings.Fields(name)) == len(strings.Fields(from.Name))
		}
		return sameWords(name, from.Name) && pressLine.MatchString(from.Name) ||
			// "Služba za odnose s javnošću" over "PU vukovarsko-srijemska",
			// sent by "PU vukovarsko-srijemska": the sender's own office.
			pressLine.MatchString(name) && writesWhole(lines, from.Name) ||
			OfficeMailbox(from.Address) && (shareName(name, from.Name) || abbreviated(from.Name, name)) ||
			// "Pressestelle", "Media Relations team": a press office
			// that names no organisation is the press mailbox's own.
			pressLine.MatchString(name) && pressAddress(from.Address) && officeWordsOnly(name) ||
			// "जनसंपर्क निदेशालय" from "DRDO Public Relations": words in
			// two scripts cannot be compared; two press offices are one.
			OfficeMailbox(from.Address) && script(name) != script(from.Name) && pressLine.MatchString(name) && pressLine.MatchString(from.Name)
	}
	if samePerson(name, from.Name) || Spells(from.Address, name) {
		return true
	}
	local := foldASCII(from.Address[:max(strings.Index(from.Address, "@"), 0)])
	sender := " " + strings.Join(strings.Fields(foldASCII(from.Name)), " ") + " "
	for _, l := range lines {
		if t := strings.TrimSpace(l); strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") || len(strings.Fields(t)) <= 3 && ContactLabel.MatchString(t) && !strings.Contains(t, name) {
			continue // a heading over the entries ("Contacto para a comunicação social:", "Contact presse"), not a role
		}
		l, _ = stripLabel(l)
		for _, part := range ContactSep.Split(lineLabel.ReplaceAllString(l, ""), -1) {
			role := strings.Join(strings.Fields(foldASCII(part)), " ")
			if role == "" || strings.Contains(part, name) || strings.ContainsAny(role, "0123456789@") || " "+role+" " == sender {
				continue // the sender's organisation, written whole, is no role
			}
			if role == local || len(role) >= 5 && strings.Contains(sender, " "+role+" ") ||
				len(local) >= 5 && strings.Contains(" "+role+" ", " "+local+" ") && (pressLine.MatchString(local) || pressMailbox.MatchString(local)) {
				// "secretary@", "Feuerwehr Pressesprecher", communications@
				// for a "Communications Director"; not the office's own
				// mailbox named in the person's post ("dispenad@" for
				// "Kasubdis Penerangan Umum Dispenad").
				return true
			}

		}
	}
	return false
}

// writesWhole: one of the lines is the name, word for word.
func writesWhole(lines []string, name string) bool {
	n := strings.Join(strings.Fields(foldASCII(name)), " ")
	for _, l := range lines {
		if n != "" && strings.Join(strings.Fields(foldASCII(l)), " ") == n {
			return true
		}
	}
	return false
}

// samePerson: the sender's display name names the person: the same
// words in any order ("Reed, Jo"), after a title ("Dr. Jo Reed"), or
// beside the organisation ("Jo Reed | Harbour Robotics").
func samePerson(name, sender string) bool {
	for _, s := range append([]string{sender}, ContactSep.Split(sender, -1)...) {
		s = strings.TrimSpace(honorific.ReplaceAllString(strings.TrimSpace(s), ""))
		if s != "" && sameWords(name, s) && len(strings.Fields(name)) == len(strings.Fields(s)) {
			return true
		}
	}
	return false
}

// pressAddress: the mailbox is a press office's ("presse@", "media@",
// "koho@"), not a spokesperson's ("rzecznik@") nor the organisation's
// general one.
func pressAddress(addr string) bool {
	local := strings.ToLower(addr[:max(strings.Index(addr, "@"), 0)])
	words := strings.NewReplacer(".", " ", "_", " ", "-", " ").Replace(local)
	return !generalMailbox(addr) && !spokesMailbox.MatchString(words) && (pressLine.MatchString(words) || pressMailbox.MatchString(words))
}

// spokesMailbox: a spokesperson's mailbox word.
var spokesMailbox = prefilter.MustCompile(`\b(?:rzecznik|dovrut|dover|spokes\w*|sprecher\w*|portavoce|portavoz)\b`)

// officeWordsOnly: every word of the name is an office's or joins them
// ("Service de presse", "Media Relations team"): it names no
// organisation the sender might not be.
func officeWordsOnly(name string) bool {
	for _, w := range strings.Fields(name) {
		if !orgWord.MatchString(w) && !pressLine.MatchString(w) && !orgCompound.MatchString(w) && !particle.MatchString(" "+strings.ToLower(w)+" ") && !joiner.MatchString(w) {
			return false
		}
	}
	return true
}

// joiner: the short words between an office's words.
var joiner = regexp.MustCompile(`(?i)^(?:&|and|of|the|for|und|für|et|de|des|du|y|e|i|och|og|ja)$`)

// abbreviated: a word of the sender's name is the office's name
// shortened, each of its words giving the start of a word in turn
// ("CCOMSEx" for "Centro de Comunicação Social do Exército"); the short
// words that join them give nothing.
func abbreviated(sender, office string) bool {
	var ws []string
	for _, w := range strings.Fields(foldASCII(office)) {
		if w = strings.Trim(w, ",.;:()'’-"); w != "" && !(len(w) <= 3 && particle.MatchString(" "+w+" ")) {
			ws = append(ws, w)
		}
	}
	if len(ws) < 2 {
		return false
	}
	for _, a := range strings.Fields(foldASCII(sender)) {
		if len(a) < 3 {
			continue
		}
		// The office's organisation may be the run shortened: "SEMAR"
		// for "Unidad de Comunicación Social, Secretaría de Marina".
		for i := 0; i+2 <= len(ws); i++ {
			for j := i + 2; j <= len(ws); j++ {
				if prefixes(a, ws[i:j]) {
					return true
				}
			}
		}
	}
	return false
}

// prefixes: a is made of a start of each word, in order.
func prefixes(a string, ws []string) bool {
	if len(ws) == 0 {
		return a == ""
	}
	for p := 1; p <= min(len(a), len(ws[0])); p++ {
		if a[:p] != ws[0][:p] {
			break
		}
		if prefixes(a[p:], ws[1:]) {
			return true
		}
	}
	return false
}

// script is the name of the script the first letter of s is written in.
func script(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		for name, table := range unicode.Scripts {
			if unicode.Is(table, r) {
				return name
			}
		}
		return ""
	}
	return ""
}

// shareName: the two names share a word of their own, not an office
// word ("GdF" in "Ufficio Stampa GdF Genova" and "GdF Comando
// Provinciale Genova"; "Beredskabsstyrelsens" and "Beredskabsstyrelsen"):
// the same organisation.
func shareName(a, b string) bool {
	for _, wa := range strings.Fields(foldASCII(a)) {
		for _, wb := range strings.Fields(foldASCII(b)) {
			wa, wb := strings.Trim(wa, ",.;:()'’"), strings.Trim(wb, ",.;:()'’")
			if len(wa) < 3 || len(wb) < 3 || orgWord.MatchString(wa) || orgWord.MatchString(wb) {
				continue
			}
			if strings.HasPrefix(wa, wb) || strings.HasPrefix(wb, wa) || sameStem(wa, wb) {
				return true
			}
		}
	}
	return false
}

// sameStem: two forms of one word, as an inflecting language writes a
// name in the genitive ("Rajavartiolaitoksen viestintä" from
// "Rajavartiolaitos"): they share all but the last fifth of the shorter
// one, and six letters at least, in a script with capitals (the
// inflecting languages' own).
func sameStem(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= 6 && n*5 >= min(len(ra), len(rb))*4 && hasCase(a)
}

// sameWords: every word of the shorter name is in the longer, diacritics
// aside ("Basin Bürosu" and "Basın Bürosu").
func sameWords(a, b string) bool {
	wa, wb := strings.Fields(foldASCII(a)), strings.Fields(foldASCII(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, w := range wb {
		have[strings.Trim(w, ",.;:()")] = true
	}
	for _, w := range wa {
		if !have[strings.Trim(w, ",.;:()")] {
			return false
		}
	}
	return true
}

// labelledContact: the block, or one of the two above it, opens with a
// contact heading, or the block is a short entry of its own: a label of
// any language or a name before the number ("Media: Zoe Mitchell 0400
// 555 123", "דוברות: 050-5551234", "Lt(N) Émilie Gagnon" over a role and
// a number).
func labelledContact(bs []block.Block, i int) bool {
	for j := i; j >= 0 && i-j <= 2; j-- {
		if ContactLabel.MatchString(bs[j].Text()) || ContactBlock(bs[j]) {
			return true
		}
	}
	b := bs[i]
	return len(b.Lines) <= 4 && b.Words() <= 20 && (lineLabel.MatchString(b.Lines[0]) || contactName(b.Lines) != "")
}

// OfficeMailbox: a shared address ("press@", "media.operations@"), not a
// person's ("anna.berg@").
func OfficeMailbox(addr string) bool {
	addr = strings.Trim(addr, "<> ")
	local := strings.ToLower(addr[:max(strings.Index(addr, "@"), 0)])
	words := strings.NewReplacer(".", " ", "_", " ", "-", " ").Replace(local)
	return orgWord.MatchString(words) || pressMailbox.MatchString(words) ||
		strings.Contains(local, "press") || strings.Contains(local, "media") || strings.Contains(local, "comm") || strings.Contains(local, "komm") || strings.Contains(local, "news") || strings.Contains(local, "info") ||
		strings.Contains(local, "publicaffairs")
}

// pressMailbox: the press office's mailbox word in languages orgWord
// does not list: the English initials of public relations, public
// affairs and public information ("pr@", "pao@"), Czech "tisk", Greek "typos", Polish "prasa", Hungarian
// "sajto", Turkish "basin", Japanese "koho", Lithuanian "spauda",
// Latvian "prese", Finnish "viestinta" and "tiedotus", Dutch
// "voorlichting", Romanian "presa", and the spokesperson's: Polish
// "rzecznik", Hebrew "dovrut".
var pressMailbox = prefilter.MustCompile(`\b(?:pr|pa|pao|pio|pers|tisk|rzecznik|dovrut|dover|typos|prasa|sajto|basin|koho|kouhou|spauda|prese|presa|viestinta|tiedotus|tiedotteet|voorlichting|pressi|pressiosakond|hongbo|xinwen)\b`)
