package segment

import (
	"regexp"
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/prefilter"
)

// EmailRE finds an email address.
var EmailRE = prefilter.MustCompile(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)

// Contacts reads the media contacts from the blocks after a release's
// body: every email address with the name and the first phone number
// written next to it. The desk's own addresses (the email's recipients)
// and addresses in footers are never contacts.
func Contacts(bs []block.Block, desk map[string]bool) []draft.Contact {
	bs, sentences := contactSentences(prepared(bs))
	r := newEntryReader(bs)
	out := []draft.Contact{}
	// investors: the entries for investors, the contacts when the
	// release names no other ("Investor Relations:" over the only
	// person with an address).
	var investors []draft.Contact
	seen := map[string]bool{}
	for i, b := range bs {
		if prose(b) || footer.MatchString(b.Text()) {
			continue
		}
		// A forwarded message's header: its addresses are its sender's
		// and recipients'; the lines after it may still be contacts (a
		// memo's "Von: Pressestelle", "An: Medien", "Datum: …" over
		// "E-Mail: presse@…").
		headerEnd := mailHeaders(b.Lines)
		// entry: the lines that belong to an address's entry.
		entry := make([]bool, len(b.Lines))
		for k, l := range b.Lines {
			if k < headerEnd {
				continue
			}
			if words := EmailRE.ReplaceAllString(l, ""); footer.MatchString(l) || otherPurpose.MatchString(words) && !mediaWord.MatchString(words) && !ContactLabel.MatchString(l) {
				// "Unsubscribe news@desk.example | Update Profile",
				// "Photos: photodesk@…", "Accreditation: register at …"
				continue
			}
			if r.address(i, k) {
				for j := k - r.above(i, k) + 1; j <= k; j++ {
					entry[j] = true
				}
			}
			prevEnd := 0
			for _, loc := range EmailRE.FindAllStringIndex(l, 5) {
				addr := strings.TrimRight(l[loc[0]:loc[1]], ".")
				seg := l[prevEnd:loc[1]]
				// "jo.reed@… / press@…": the office's address after a
				// person's is the same entry's second address.
				second := prevEnd > 0 && alternative.MatchString(l[prevEnd:loc[0]]) && OfficeMailbox(addr)
				prevEnd = loc[1]
				key := strings.ToLower(addr)
				if seen[key] || desk[key] || len(out) >= 5 || second || contentID(l[:loc[0]], addr) {
					continue
				}
				seen[key] = true
				lines := r.nearLines(i, k)
				head := strings.Join(lines[:r.above(i, k)], "\n")
				split := loc[0] > 0 && seg != l[:loc[1]] && contactName([]string{seg}) != ""
				if split {
					// "Media: Jane Smith, …, jane@… | Investors: Bob Lee,
					// …, bob@…": the line's second entry is its own.
					lines, head = []string{seg}, seg
				}
				if investorLines(head) && !mediaWord.MatchString(head) || r.investorHeading(i, k) {
					if n := personIn(contactName(lines)); n != "" {
						c := draft.Contact{Name: &n, Email: &addr}
						if p := firstPhone(lines); p != "" {
							c.Phone = &p
						}
						investors = append(investors, c)
					}
					continue // investor relations: not a media contact
				}
				if generalMailbox(addr) && !labelled(bs[i].Lines) && !headingAbove(bs, i) {
					continue // "Acme Ltd | 1 Harbour Road | info@…": the firm's address, not a media contact
				}
				above := r.entryAbove(i, k)
				if sh, from := r.sharers(addr, above); sh != nil && !split {
					// "Ten. Col. Marco Bellandi – cell. …" and "Magg.
					// Chiara Ferri – cell. …" over "e-mail: stampa@…".
					// The block's lines above the sharers' group are
					// entries of their own.
					for j := k - (len(above) - 1 - from) - 1; j >= 0 && from > 0; j-- {
						entry[j] = false
					}
					for _, c := range sh {
						a := addr
						c.Email = &a
						out = append(out, c)
					}
					continue
				}
				c := draft.Contact{Email: &addr}
				n := contactName(lines)
				if n == "" || !personLike(n) {
					// The address may spell a person named nearby:
					// "heidi.rantanen@…" or "rh@…" for Rasmus Holm.
					// The last words of an office's name are no person
					// ("pi@" for "… Sezione Pubblica Informazione").
					// A press office's mailbox ("basin@") spells no one's.
					if p := mailboxOwner(addr, bs); p != "" && !pressAddress(addr) && !(strings.HasSuffix(n, p) && titleShaped(n) && orgWord.MatchString(n)) {
						n = p
					}
				} else if p := mailboxOwner(addr, []block.Block{{Lines: []string{n}}}); p != "" && strings.HasSuffix(n, p) {
					n = p // "Pressechef Rasmus Holm" for rh@…; not "Nurul Aina" of "Nurul Aina binti Ahmad"
				} else if p := mailboxOwner(addr, []block.Block{{Lines: lines}}); p != "" && !strings.Contains(n, p) && personalMailbox(addr) {
					n = p // "Stadtwerke Musterstadt | Julia Braun" for julia.braun@…: the person it spells
				}
				if n != "" {
					c.Name = &n
				}
				if p := firstPhone(lines); p != "" {
					c.Phone = &p
				}
				if officeUnder(above, addr) && personLike(n) {
					c.Email = nil // "Comdt Niamh Gallagher, Press Officer, 087 …" over "Defence Forces Press Office" and press@…
				}
				out = append(out, c)
			}
		}
		if ContactLabel.MatchString(b.Lines[0]) {
			out = append(out, listedByPhone(b.Lines[1:], entry[1:])...)
		} else if sentences[i] || underHeading(bs, i) && !EmailRE.MatchString(b.Text()) {
			// "Lisätietoja:" over a block per person, one of them
			// with a number and no address.
			out = append(out, listedByPhone(b.Lines, entry)...)
		} else if last := lastEntry(entry); last >= 0 {
			// An office's entry over its spokesperson's by number:
			// "Purtător de cuvânt: col. Constantin Dobre, tel. …".
			out = append(out, listedByPhone(b.Lines[last+1:], entry[last+1:])...)
		}
	}
	if len(out) == 0 && len(investors) == 1 {
		return investors
	}
	return named(out)
}

// officeUnder: the address ending the lines of its entry is an
// office's own, written under the office's name, below a person's entry
// with a number of its own: the office's mailbox, not the person's.
func officeUnder(entry []string, addr string) bool {
	k := len(entry) - 1
	if k < 2 || !OfficeMailbox(addr) || personalMailbox(addr) {
		return false
	}
	office := entry[k-1]
	if EmailRE.MatchString(office) || PhoneLine(office) || !pressLine.MatchString(office) || personIn(contactName([]string{office})) != "" {
		return false
	}
	return entryLine(entry[k-2])
}

// personalMailbox: the address's local part joins two words, as a
// person's first and last name ("julia.braun@", "j_braun@"), and
// no office's words ("press.office@").
func personalMailbox(addr string) bool {
	if OfficeMailbox(addr) || generalMailbox(addr) {
		return false // "press.office@", "media-relations@": an office's words joined
	}
	local := addr[:max(strings.Index(addr, "@"), 0)]
	return strings.ContainsAny(strings.Trim(local, "._-"), "._-")
}

// mailHeaders: where the lines of a forwarded message's header ("From:
// Acme News <news@…>", "Sent: …", "To: Desk", "Subject: …") end, whose
// addresses are its sender's and recipients', not contacts; 0 when the
// lines hold no such header.
func mailHeaders(lines []string) int {
	party, field, end := false, false, 0
	for k, l := range lines {
		if m := headerField.FindStringSubmatch(l); m != nil {
			if m[1] != "" {
				party = true
			} else {
				field = true
			}
			end = k + 1
		}
	}
	if party && field {
		return end
	}
	return 0
}

// headerField: a mail header's field opening a line, its first group
// set for a sender's or recipient's field, in the languages of the
// common mail programs.
var headerField = prefilter.MustCompile(`(?i)^[\s>*]*(?:(from|to|cc|reply-to|von|an|de|à|van|aan|från|till|fra|til|od|do|da|a|para|mittente|destinatario|от|кому)|sent|date|subject|gesendet|betreff|datum|envoyé|objet|enviado|asunto|fecha|inviato|oggetto|data|verzonden|onderwerp|skickat|ämne|sendt|emne|wysłano|temat|отправлено|тема|дата)\s*:`)

// contentID: the "address" is an inline image's Content-ID, as Outlook's
// text part writes its logo ("[cid:image001.png@01DB4A2B.5C9E3F10]").
func contentID(before, addr string) bool {
	return strings.HasSuffix(strings.ToLower(before), "cid:") || imageFile.MatchString(addr)
}

var imageFile = regexp.MustCompile(`(?i)^[\w.-]+\.(?:png|jpe?g|gif|bmp|tiff?|emz|wmz)@`)

// lastEntry is the last line of an address's entry, -1 when none.
func lastEntry(entry []bool) int {
	for k := len(entry) - 1; k >= 0; k-- {
		if entry[k] {
			return k
		}
	}
	return -1
}

// alternative: the words between two addresses of one entry.
var alternative = prefilter.MustCompile(`(?i)^[\s/|,;]*(?:or|oder|ou|o|of|eller|tai|lub|nebo|vagy|sau|veya|ή|или|або)?[\s/|,;]*$`)

// listedByPhone reads the entries of a list under a contact heading that
// give a person and a number but no address ("Media contacts:" over
// "Minister's office: Sam Gorman 0412 555 678" and "Defence Media:
// media@…"; "Further information:" over a chief executive's number),
// skipping the lines of the addresses' entries.
func listedByPhone(lines []string, entry []bool) []draft.Contact {
	var out []draft.Contact
	for k, l := range lines {
		if entry[k] || EmailRE.MatchString(l) || investor.MatchString(l) && !mediaWord.MatchString(l) {
			continue
		}
		n, p := contactName(lines[k:k+1]), firstPhone(lines[k:k+1])
		if p == "" || personIn(n) == "" && !pressLine.MatchString(n) {
			continue // "Royal Navy: Navy Media Office, 023 …" is an office's entry
		}
		out = append(out, draft.Contact{Name: &n, Phone: &p})
	}
	return out
}

// otherPurpose: a line giving an address for something other than the
// media's questions: pictures, accreditation or registration, a
// newsletter, unsubscribing, a mailing's own notice.
var otherPurpose = prefilter.MustCompile(`(?i)\b(?:images?|photos?|photograph\w*|pictures?|footage|b-roll|accredit\w*|regist(?:er|ration)|rsvp|newsletters?|(?:un)?subscri\w+|opt[- ]?out|no\s+longer\s+wish|was\s+sent\s+to|privacy|webmaster|careers?|jobs|\p{L}*bilder|\p{L}*fotos?|akkreditier\w*|anmeld\w*|abmeld\w*|inscri\w+|désinscri\w+|accréditation|acreditaci\w+|darse\s+de\s+baja|iscri\w+|disiscri\w+|immagini|imágenes|afbeeldingen|aanmelden|afmelden|bilder|kuvat|zdjęcia|akredytac\w+)\b`)

// investor: a contact for another audience than the media, investor
// relations or the public's enquiries line, unless it says it answers
// the media too.
var (
	investor  = prefilter.MustCompile(`(?i)\b(?:investor|investisseur|inversor|inversionista|investitor|investidor|belegger|inwestor|sijoittaj|investerar|инвестор|інвестор|επενδυτ|yatırımcı|yatirimci)|المستثمر|משקיע|투자자|निवेशक|นักลงทุน|nhà\s+đầu\s+tư|投資家|投资者|^\s*IR\s*(?:[:,–—-]|$)|\b(?:public|general)\s+(?:enquiries|inquiries)|renseignements\s+(?:au\s+)?public|bürgertelefon|bürgeranfragen|consultas\s+ciudadanas`)
	mediaWord = prefilter.MustCompile(`(?i)\b(?:media|medie|medien|médias?|medios|press|presse|prensa|stampa|pers|(?:medi[ae]|press[e]?)kontakt)\b`)
)

// investorLines: one of the lines is for investors as a whole: a label
// or a heading ("Investors: Bob Lee, …", "Investor Relations"), not a
// person's role written after their name ("Per Solheim, finansdirektør
// (for investorer), …" under a press heading).
func investorLines(text string) bool {
	for _, l := range strings.Split(text, "\n") {
		loc := investor.FindStringIndex(l)
		if loc == nil {
			continue
		}
		if label := lineLabel.FindStringIndex(l); label != nil && loc[0] < label[1] {
			return true
		}
		if n := personIn(contactName([]string{l})); n == "" || strings.Index(l, n) < 0 || loc[0] < strings.Index(l, n) {
			return true
		}
	}
	return false
}

// ownIndex is where the lines after block own start in its group, -1 when
// none follow.
func ownIndex(group, own []string) int {
	for g := 0; g+len(own) <= len(group); g++ {
		if len(own) > 0 && group[g] == own[0] && g+len(own) < len(group) {
			return g + len(own)
		}
	}
	return -1
}

// ContactGroup gathers the lines of one contact, which HTML mail often
// spreads over several paragraphs: the short blocks above the address
// (name, role) and a phone number just below it.
func ContactGroup(bs []block.Block, i int) []string {
	short := func(b block.Block) bool {
		// "Tél. 02 97 55 01 23 – Fax 02 97 55 01 99": numbers are no words.
		words := b.Words() <= 12 || PhoneLine(b.Text()) && len(strings.Fields(phoneRE.ReplaceAllString(b.Text(), ""))) <= 12
		return len(b.Lines) <= 3 && words && !EmailRE.MatchString(b.Text()) && !prose(b)
	}
	from, to := i, i+1
	for from > 0 && i-from < 4 && short(bs[from-1]) && !AboutRE.MatchString(bs[from-1].Text()) {
		from--
	}
	// A person with a number below is another contact's entry; a field's
	// label alone ("Phone:") may stand over the number.
	number := func(j int) bool {
		return j < len(bs) && short(bs[j]) && phoneRE.MatchString(bs[j].Text()) && personIn(contactName(bs[j].Lines[:1])) == ""
	}
	for to < len(bs) && to-i <= 3 && (number(to) || fieldLabel.MatchString(strings.Trim(bs[to].Text(), " :：")) && number(to+1)) {
		to++
	}
	var lines []string
	for _, b := range bs[from:to] {
		lines = append(lines, b.Lines...)
	}
	return lines
}

// prose is a block of sentences that mentions an address in passing
// ("register at press@… by Friday"), not a contact block.
func prose(b block.Block) bool {
	if b.Words() > 60 {
		return true
	}
	// "For media enquiries, please contact Jane Smith on … or email …."
	// is a contact written as a sentence.
	return b.Words() > 12 && strings.HasSuffix(strings.TrimSpace(b.Text()), ".") && !ContactLabel.MatchString(b.Text())
}
