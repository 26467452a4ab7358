package normalise

import (
	"errors"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/html"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"

	"newsdesk/process/normalise/prefilter"
)

// release is the text chosen as the release, with where it came from.
type release struct {
	blocks []block.Block
	from   *mime.Content // the message whose headers describe the release
	note   string        // the covering email, when the release was forwarded or attached
	quoted []block.Block // an inline forward's marker and quoted header lines
	doc    *mime.Attachment
	// datelines of blocks, when choosing the release read them: the
	// segmenter reads the same ones.
	datelines *segment.Datelines
}

var (
	forwardMarker  = regexp.MustCompile(`(?i)^\W*(?:-{2,}\s*(?:forwarded\s+message|original\s+message|weitergeleitete\s+nachricht|message\s+transféré|urspr[üu]ngliche\s+nachricht)\s*-*|begin\s+forwarded\s+message\s*:?)\W*$`)
	forwardHeader  = regexp.MustCompile(`(?i)^\W*(?:from|date|sent|subject|to|cc|reply-to|von|gesendet|an|betreff|de|envoyé|à|objet|datum)\s*:\s*\S?`)
	forwardSubject = regexp.MustCompile(`(?i)^\W*(?:subject|betreff|objet)\s*:`)
	seeAttached    = prefilter.MustCompile(`(?i)\b(?:attach(?:ed|ment)|enclosed|find\s+(?:the|our)\s+(?:press\s+)?release|ci-joint|en\s+pi[èe]ce\s+jointe|im\s+anhang|anbei|anexo|allegato|bijlage|vedlagt)\b`)
)

// bodyBlocks chooses between a message's HTML and text bodies: HTML keeps
// the paragraphs Outlook's text part runs together, but a damaged or
// nearly empty HTML part loses to an intact text part.
func bodyBlocks(c *mime.Content) []block.Block {
	cids := map[string]int{}
	for _, a := range c.Atts {
		if a.Cid != "" {
			cids[a.Cid] = a.Index
		}
	}
	var fromHTML []block.Block
	if c.HTML != "" {
		fromHTML = html.Blocks(c.HTML, cids)
	}
	if c.Plain == "" {
		return fromHTML
	}
	fromText := block.TextBlocks(c.Plain)
	if len(fromHTML) == 0 || c.HTMLDamaged && !c.PlainDamaged || block.Words(fromHTML)*2 < block.Words(fromText) {
		return fromText
	}
	return fromHTML
}

// chooseRelease finds the release in an email: its own body, a forwarded
// copy inside it (inline or attached as a message), or a PDF or DOCX when
// the email is only a covering note.
func chooseRelease(c *mime.Content, ref *time.Time, w *mime.Walker) release {
	bs := bodyBlocks(c)
	r := release{blocks: bs, from: c}
	if c.Report != "" {
		return r // a bounce quotes the bounced mail: never unwrap it
	}
	if i, j, ok := forwarded(bs); ok {
		r.note = block.RenderText(bs[:i])
		r.quoted = bs[i:j]
		r.blocks = bs[j:]
		return r
	}
	if autoBody.MatchString(truncate(block.RenderText(bs), 600)) {
		return r // nor a bounce whose report headers were lost
	}
	if r.datelines = segment.ReadDatelines(bs, ref); looksLikeRelease(bs, r.datelines) {
		return r
	}
	for _, inner := range c.Inner {
		ir := chooseRelease(inner, inner.Date(ref), w)
		if looksLikeRelease(ir.blocks, segment.ReadDatelines(ir.blocks, ref)) || block.Words(ir.blocks) > 2*block.Words(bs) {
			ir.note = block.RenderText(bs)
			return ir
		}
	}
	if !seeAttached.MatchString(block.RenderText(bs)) && block.Words(bs) > 150 {
		return r
	}
	for _, a := range c.Atts {
		if a.Data == nil {
			continue
		}
		txt, err := mime.DocumentText(a)
		if err != nil {
			w.Warn("attachment %q: %v", a.Filename, err)
			if !errors.Is(err, mime.ErrTruncated) {
				continue
			}
		}
		db := block.TextBlocks(txt)
		// A document in a script without spaces has few "words": a
		// covering line that points to it gives way to more text.
		if block.Words(db) > block.Words(bs) || seeAttached.MatchString(block.RenderText(bs)) && utf8.RuneCountInString(txt) > utf8.RuneCountInString(block.RenderText(bs)) {
			return release{blocks: db, from: c, note: block.RenderText(bs), doc: a}
		}
	}
	return r
}

// forwarded finds an inline forward: the marker line and the header
// lines below it. i is where the forward starts, j where its body does.
func forwarded(bs []block.Block) (i, j int, ok bool) {
	for i = 0; i < len(bs) && i < 30; i++ {
		lines := bs[i].Lines
		for k, l := range lines {
			if !forwardMarker.MatchString(l) && !(k == 0 && outlookForward(bs[i:])) {
				continue
			}
			// Skip the forwarded header lines, in this block or the next ones.
			j = i + 1
			if k == len(lines)-1 || !allHeaders(lines[k+1:]) {
				for j < len(bs) && allHeaders(bs[j].Lines) {
					j++
				}
			}
			return i, j, j < len(bs)
		}
	}
	return 0, 0, false
}

func allHeaders(lines []string) bool {
	for _, l := range lines {
		if !forwardHeader.MatchString(l) {
			return false
		}
	}
	return len(lines) > 0
}

// outlookForward: Outlook forwards without a marker line, opening with
// From:, Sent:, To:, Subject: lines, in one block or (from HTML, a
// paragraph each) in several. The Subject line is what tells them from
// an event's "From: 6 March", "To: 28 March", "Date: …" paragraphs.
func outlookForward(bs []block.Block) bool {
	if !strings.HasPrefix(strings.ToLower(strings.TrimLeft(bs[0].Lines[0], "*> ")), "from:") {
		return false
	}
	n, subject := 0, false
	for _, b := range bs {
		for _, l := range b.Lines {
			if !forwardHeader.MatchString(l) {
				return n >= 3 && subject
			}
			n++
			subject = subject || forwardSubject.MatchString(l)
		}
	}
	return n >= 3 && subject
}

// looksLikeRelease: a dateline or an end marker in the first blocks of
// bs, whose datelines dls reads.
func looksLikeRelease(bs []block.Block, dls *segment.Datelines) bool {
	if segment.HasDateline(dls) {
		return true
	}
	for i, b := range bs {
		if i > 2 && len(b.Text()) < 48 && segment.EndMarker.MatchString(b.Text()) {
			return true
		}
	}
	return false
}
