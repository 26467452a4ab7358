package segment

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/dates"
	"newsdesk/process/normalise/prefilter"
	"newsdesk/process/normalise/segment/learn"
)

// Segment finds headline, dateline, body and boilerplate in the blocks of
// a release, those dls reads (ReadDatelines). The role labeller (package
// learn) decides which block is the headline, where the body starts and
// where it ends; the rules read the dateline and stand in when the
// labeller finds no headline or no body.
func Segment(dls *Datelines, subject string) Segments {
	bs := dls.bs
	rules := segmentRules(slices.Clone(bs), dls, subject)
	if len(bs) > maxLabelled {
		rules.Rules = &rules
		return rules
	}
	in := inputs(asStory(bs), dls, subject)
	roles, scores := learn.Default().LabelScores(in)
	roles = closeCalls(bs, roles, scores)
	roles = wireCredit(bs, roles)
	roles = retitle(bs, roles, in)
	roles = subjectOverKicker(bs, roles, subject)
	roles = untitled(bs, roles)
	roles = unheadedAbout(bs, roles)
	roles = selfDescription(bs, roles)
	roles = aboveEndMarker(bs, roles)
	roles = closingDateLine(bs, roles, dls)
	roles = listGoesOn(bs, roles)
	roles = proseUnderStory(bs, roles, scores)
	s := fromRoles(bs, roles, rules, dls)
	s.Rules = &rules
	return s
}

// maxLabelled bounds the labeller's work: a release has tens of blocks;
// hundreds are a digest or a page dump, where the rules cut as well.
const maxLabelled = 400

// fromRoles cuts the blocks where the roles say, keeping the rules'
// dateline and their cut when the roles have no headline or no body. dls
// reads bs's datelines.
func fromRoles(bs []block.Block, roles []learn.Role, rules Segments, dls *Datelines) Segments {
	h := headlineOf(bs, roles)
	start := -1
	for i, r := range roles {
		if i > h && (r == learn.Body || r == learn.Dateline) {
			start = i
			break
		}
	}
	if h < 0 || start < 0 {
		return rules
	}
	h, start = titleUnderDateline(bs, roles, dls, h, start)
	h, start = titleAboveLede(bs, roles, dls, h, start)
	start = ledeUnderTitle(bs, roles, h, start)
	// A dateline opens the body: what stands between the title and a
	// dateline that starts a paragraph is title matter, whatever the
	// labeller says.
	if dl := firstDateline(bs, dls); dl > h && dl > start && dl-h <= 3 {
		start = dl
	}
	s := Segments{Dateline: rules.Dateline, Headline: headlineText(bs[h].Text(), bs)}
	title := []int{h}
	if next, ok := standfirst(bs, roles, h, start); ok {
		s.Subheadline = subheadlineText(bs[h+1])
		title = append(title, h+1)
		start = next
	}
	body := slices.Clone(bs)
	if roles[start] == learn.Dateline {
		// A dateline alone on its line: the body is under it.
		if d, ok := dls.at(start); ok && d.rest != "" {
			body[start] = block.Block{Kind: block.Para, Lines: []string{d.rest}}
		} else {
			start++
		}
	} else if d, ok := dls.at(start); ok && d.rest != "" {
		body[start] = block.Block{Kind: block.Para, Lines: []string{d.rest}}
	} else if start+1 < len(bs) && roles[start+1] == learn.Body && dateAlone(bs[start]) {
		// A dateline alone on its line that the labeller read as the
		// body's first paragraph ("Monday, 3 March 2025" over the lede):
		// the body is under it all the same.
		start++
	}
	s.Pre = append(s.Pre, bs[:h]...)
	s.Pre = append(s.Pre, preBlocks(bs, title, start)...)
	// An end marker, a trailer heading or a footer is what regular
	// expressions read well: each ends the body even where the labeller
	// reads on. A sentence that sends the reader elsewhere or a notice
	// ends it only as the last word: under no body paragraph and over no
	// end marker (what stands above the marker is the story's).
	end := len(bs)
	for i := start; i < len(bs); i++ {
		t := bs[i].Text()
		marker := i > start && endMarker(t)
		head := i > start && (trailerHeading(bs[i]) || aboutHeading(bs[i]) || TrailerLabel.MatchString(t) || closingNote(bs[i]) && closingRun(bs, roles, i) && markerBelow(bs, i+1) < 0 || footing(bs[i], roles, i) || mailerLine(t) || headedBlock(bs[i]) || contactHeading(bs[i]))
		if roles[i].Trailing() || marker || head {
			// The labeller's end marker must look like one: a contact
			// line it calls the end ("新闻联系：…") stays in the trailer.
			end, s.Ended = i, marker || roles[i] == learn.End && !ContactLabel.MatchString(t) && !hasContact(t)
			break
		}
	}
	// What the body holds that is not body (an embargo line, a caption, a
	// contact line) is read with the trailer, where embargoes and contacts
	// are looked for.
	var aside []block.Block
	for i := start; i < end; i++ {
		if roles[i] == learn.Body && !notBodyText(body[i]) {
			s.Body = append(s.Body, body[i])
		} else {
			aside = append(aside, body[i])
		}
	}
	if s.Ended {
		end++
	}
	s.Trailer = append(aside, bs[end:]...)
	return s
}

// footing says whether block i opens a mailer's footer that ends the
// body: its first line does, or a later one under a line that closes a
// sentence, is as short as a name or ends on a capitalised word as a name
// does ("T.C. İçişleri Bakanlığı … Başkanlığı" over "Bu e-posta
// bilgilendirme amaçlıdır; lütfen yanıtlamayınız.": the sender's name and
// the mailer's notice in one paragraph). A wrapped sentence's line goes on
// over its next line, and opens no footer there.
func footing(b block.Block, roles []learn.Role, i int) bool {
	for k, l := range b.Lines {
		if k == 0 {
			l = b.Text()
		} else if prev := strings.Fields(b.Lines[k-1]); len(prev) > 8 && !closesSentence(b.Lines[k-1]) && !capitalised(prev[len(prev)-1]) {
			continue
		}
		if footer.MatchString(l) {
			// A public warning says "do not reply" with the story going on.
			return !(noReplyLine.MatchString(l) && bodyAfter(roles, i))
		}
	}
	return false
}

// capitalised says whether w opens on a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// closingMatter: a short block under the story that is an official
// body's closing formula, a note on where the release's pictures and
// footage are to be had, a sentence that sends readers for more
// information to a phone or an address ("Voor meer informatie kunt u
// contact opnemen met … via 070 …"), or the issuer's About paragraph
// with its heading run in before a colon ("Sobre os ENTejo: empresa …"),
// or a note that is no news (boilerplateNote), with no heading over it.
func closingMatter(b block.Block) bool {
	t := strings.TrimSpace(b.Text())
	return b.Words() <= 16 && closingFormula.MatchString(t) || b.Words() <= 45 && (mediaNote.MatchString(t) || moreInfo.MatchString(t) && hasContact(t) && !reportedSpeech.MatchString(t)) || runInAbout(t) || boilerplateNote(t, b.Words())
}

// closingNote says whether b is matter a release closes on that ends
// the body only as its last word: a sentence that sends the reader
// elsewhere, closing matter or an email's legal notice.
func closingNote(b block.Block) bool {
	return trailerSentence.MatchString(b.Text()) || closingMatter(b) || legalNotice(b)
}

// closingRun says whether blocks i on, up to the boilerplate the labeller
// reads, are closing notes wherever it reads body: a disclaimer over a
// note on the pictures under the story ends the body at the first.
func closingRun(bs []block.Block, roles []learn.Role, i int) bool {
	for k := i + 1; k < len(bs); k++ {
		if roles[k].Trailing() {
			return true
		}
		if roles[k] == learn.Body && !closingNote(bs[k]) {
			return false
		}
	}
	return true
}

// reportedSpeech: a sentence that reports what someone said ("the
// ministry said", "sagte ein Sprecher") is the story's, even when it
// opens "For more information" and gives a number.
var reportedSpeech = prefilter.MustCompile(`(?i)(?:^|\P{L})(?:said|says|told|according\s+to|sagte|sagten|erklärte|teilte\s+\p{L}+\s+mit|a\s+(?:déclaré|indiqué|précisé)|selon|dijo|afirmó|explicó|según|ha\s+detto|secondo|zei|volgens|sade|enligt|sagde|ifølge)(?:\P{L}|$)`)

// runInAbout says whether t opens with an About heading set off by a
// colon: a few words that AboutRE reads, ending on a name ("Σχετικά με
// την Αιγαίο Ναυτικά Συστήματα: Η εταιρεία …"), not a sentence's
// opening ("About 200 reservists took part: …").
func runInAbout(t string) bool {
	i := strings.IndexAny(t, ":：")
	if i < 0 {
		return false
	}
	head := strings.TrimSpace(t[:i])
	ws := strings.Fields(head)
	if len(ws) < 2 || len(ws) > 8 || !nameStart(ws[len(ws)-1]) {
		return false
	}
	m := AboutRE.FindStringSubmatch(head)
	if m == nil {
		return false
	}
	// The name opens on a name too, past a short article ("την",
	// "the"): not a count ("About 40 troops from 3 Commando: …") nor a
	// common word ("About half the crew of HMS …: …"). A number with a
	// capital in it is a name ("3M").
	name := ""
	for _, g := range m[1:] {
		if g != "" {
			name = g
			break
		}
	}
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && utf8.RuneCountInString(w) <= 3 {
			continue
		}
		if unicode.IsDigit(r) {
			return strings.IndexFunc(w, unicode.IsUpper) >= 0
		}
		return nameStart(w)
	}
	return true
}

// nameStart says whether w opens as a name does: on a capital, or on a
// letter of a script without case.
func nameStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || unicode.IsLetter(r) && !unicode.IsLower(r)
}

// trailerHeading: a short block that opens the matter after the body
// ("About Acme", "Notes to editors", "Media contact:"), not a sentence of
// the story that opens with one of its words ("About 200 reservists took
// part.").
func trailerHeading(b block.Block) bool {
	w := b.Words()
	return w <= 12 && !(w >= 5 && closesSentence(b.Text())) && TrailerHead.MatchString(b.Text())
}

// aboutHeading: a short block that heads the issuer's boilerplate in any
// of AboutRE's languages ("O firmie", "■ 회사 소개", "Σχετικά με την
// εταιρεία"), not a sentence ("About 200 troops took part.").
func aboutHeading(b block.Block) bool {
	t := b.Text()
	return len(b.Lines) == 1 && b.Words() <= 6 && !closesSentence(t) && AboutRE.MatchString(t)
}

// headedBlock: the block's first line is a trailer heading, a contact
// heading or an About heading of its own
// ("About Acme" over the boilerplate in one paragraph, an HTML line
// break between them): short, and ending on a capitalised word or a
// colon as a heading does, where a wrapped sentence ("About 200 troops
// took part in the") goes on in lower case.
func headedBlock(b block.Block) bool {
	if len(b.Lines) < 2 {
		return false
	}
	l := strings.TrimSpace(b.Lines[0])
	ws := strings.Fields(l)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	if loc := wholeContactLabel.FindStringIndex(l); loc != nil && loc[1] == len(l) {
		return true // "Kontaktperson for presse:" over the name and number
	}
	if !TrailerHead.MatchString(l) && !AboutRE.MatchString(l) {
		return false
	}
	last := []rune(ws[len(ws)-1])
	return unicode.IsUpper(last[0]) || strings.HasSuffix(l, ":")
}

// standfirst says whether the block under the headline h is its
// standfirst, and where the body starts then. The labeller sees few
// standfirsts, so besides its own verdict a block it reads as body above
// the body's start, or as a note, counts when it is shaped like one; and
// so does the block it starts the body with when it is short and not
// closed as a sentence is (a standfirst seldom carries a full stop; a
// body paragraph does), with body still below it.
func standfirst(bs []block.Block, roles []learn.Role, h, start int) (int, bool) {
	i := h + 1
	// A date alone under the title dates the release; it is no standfirst.
	if i >= len(bs) || i > start || dateOnly(bs[i].Text()) {
		return start, false
	}
	labelled := subtitleLabel.MatchString(bs[i].Text())
	shaped := subLike(bs[i]) && !closesSentence(bs[i].Text()) || labelled
	if i < start && labelled {
		return start, true
	}
	if i < start {
		switch roles[i] {
		case learn.Subheadline:
			return start, true
		case learn.Body:
			return start, subLike(bs[i])
		case learn.Note:
			return start, shaped
		case learn.Letterhead:
			// A letterhead stands above the title, never under it; but
			// an address or a phone number under it is the sender's,
			// read with the letterhead for the issuer and contacts.
			return start, shaped && !postal(bs[i]) && !hasContact(bs[i].Text())
		}
		return start, false
	}
	if roles[i] != learn.Body || !shaped {
		return start, false
	}
	for j := i + 1; j < len(bs); j++ {
		if roles[j] == learn.Body || roles[j] == learn.Dateline {
			return j, true
		}
		if roles[j].Trailing() {
			break
		}
	}
	return start, false
}

// firstDateline is the first block that opens with a dateline and goes on
// with the body's text, -1 when none does.
func firstDateline(bs []block.Block, dls *Datelines) int {
	for i := 0; i < len(bs) && i < 20; i++ {
		if d, ok := dls.at(i); ok {
			if d.rest == "" {
				return -1
			}
			return i
		}
	}
	return -1
}

// headlineOf is the block labelled headline; when the labeller gives the
// role to several blocks above the body (a covering sentence, then the
// title), the first one the rules find title-like wins.
func headlineOf(bs []block.Block, roles []learn.Role) int {
	h := -1
	for i, r := range roles {
		if r == learn.Body {
			break
		}
		if r == learn.Headline {
			if titleLike(bs[i]) {
				return i
			}
			if h < 0 {
				h = i
			}
		}
	}
	if h < 0 {
		h = slices.Index(roles, learn.Headline)
	}
	// A closed sentence above a title is a notice to the desk ("the
	// release sent this morning gave the wrong date."), not the headline;
	// a title may end in "!" or "?" ("Acme wins Best Employer award!").
	if h >= 0 && !titleLike(bs[h]) && statement(bs[h].Text()) {
		for j := h + 1; j < len(roles) && roles[j] != learn.Body && roles[j] != learn.Dateline; j++ {
			if titleLike(bs[j]) {
				return j
			}
		}
	}
	return h
}

// bodyAfter says whether the labeller reads a body paragraph after block
// i before the boilerplate starts: then a sentence there that sends the
// press elsewhere is the story's ("Media are invited to attend the
// opening, where …" in an advisory that goes on), not its end.
func bodyAfter(roles []learn.Role, i int) bool {
	for _, r := range roles[i+1:] {
		if r.Trailing() {
			return false
		}
		if r == learn.Body {
			return true
		}
	}
	return false
}

// closeMargin is how close (in weight units ×100) a block's boilerplate
// and body scores may be for a short sentence after the body to stay body.
const closeMargin = 500

// closeCalls gives back to the body a short block the labeller read as
// the start of the boilerplate by a narrow margin, when nothing opens the
// boilerplate: no heading ("About …", "Notes to editors") and no end
// marker. A body's last sentence is often as short as an About line.
func closeCalls(bs []block.Block, roles []learn.Role, sc [][learn.NumRoles]int32) []learn.Role {
	for i := 1; i < len(roles); i++ {
		if roles[i] != learn.Boilerplate || roles[i-1] != learn.Body || bs[i].Words() >= 25 {
			continue
		}
		t := bs[i].Text()
		if bs[i].Words() <= 12 && TrailerHead.MatchString(t) || TrailerLabel.MatchString(t) || AboutRE.MatchString(t) {
			continue
		}
		if sc[i][learn.Boilerplate]-sc[i][learn.Body] < closeMargin {
			roles[i] = learn.Body
		}
	}
	return roles
}

// titleUnderDateline moves the headline below a dateline that stands alone
// on its line between the labelled headline and the body, when the block
// under it is title-like and prose follows: letterhead, then "PLACE, date",
// then the title is a common ministry layout, and the letterhead is no
// title. It returns the headline and the body's start.
func titleUnderDateline(bs []block.Block, roles []learn.Role, dls *Datelines, h, start int) (int, int) {
	for d := h + 1; d <= start && d+2 < len(bs); d++ {
		dl, ok := dls.at(d)
		if !ok || dl.rest != "" {
			continue
		}
		t := d + 1
		if !titleLike(bs[t]) || bs[t+1].Words() < 12 {
			return h, start
		}
		next := t + 1
		for next < len(roles) && roles[next] != learn.Body && roles[next] != learn.Dateline {
			next++
		}
		if next == len(roles) {
			return h, start
		}
		return t, next
	}
	return h, start
}

// ledeUnderTitle: a closed sentence of eight words or more that the
// labeller reads as the standfirst right under the title, with the body
// below it, is the body's first paragraph: a lede ends its sentence, a
// standfirst does not (none of the 120 labelled in the train corpora
// does). It returns the body's start.
func ledeUnderTitle(bs []block.Block, roles []learn.Role, h, start int) int {
	if i := h + 1; i < start && roles[i] == learn.Subheadline && bs[i].Words() >= 8 && closesSentence(bs[i].Text()) {
		roles[i] = learn.Body
		return i
	}
	return start
}

// titleAboveLede: a paragraph that opens with a dateline and goes on with
// the story ("Bremen, 3 March 2025 – The society named …"), or a closed
// sentence of eight words or more under a title of at most four, is the
// body's first paragraph, not the headline, when a short title stands
// right above it (a longer line above a sentence-shaped headline is more
// often a letterhead, and so is a short line the labeller reads as the
// letterhead: "Acme Robotics GmbH"). When the
// labeller reads it as the headline, that title is the headline and the
// paragraph is body. It returns the headline and the body's start.
func titleAboveLede(bs []block.Block, roles []learn.Role, dls *Datelines, h, start int) (int, int) {
	if h == 0 || closesSentence(bs[h-1].Text()) {
		return h, start
	}
	d, dated := dls.at(h)
	// One word may be a title over a dated lede ("Erste-Hilfe-Kurse"),
	// unless the labeller reads it as the sender's name.
	if !titleOf(bs[h-1], 2) && !(dated && d.rest != "" && roles[h-1] != learn.Letterhead && titleOf(bs[h-1], 1)) {
		return h, start
	}
	if !(dated && d.rest != "") && !(roles[h-1] != learn.Letterhead && bs[h-1].Words() <= 4 && bs[h].Words() >= 8 && closesSentence(bs[h].Text())) {
		return h, start
	}
	roles[h] = learn.Body
	return h - 1, h
}

// dateAlone: a block of one line that is a date and nothing more, a
// weekday before it allowed ("Monday, 3 March 2025").
func dateAlone(b block.Block) bool {
	if len(b.Lines) != 1 {
		return false
	}
	t := strings.TrimSpace(b.Lines[0])
	d, ok := dates.FindDateStartingBy(t, 40, false, false)
	return ok && (d.Start == 0 || weekdayOnly.MatchString(t[:d.Start])) && strings.Trim(t[d.End:], " .") == ""
}
