package process

import (
	"errors"
	"regexp"
	"strings"
	"time"
)

// release is the text chosen as the release, with where it came from.
type release struct {
	blocks []block
	from   *content // the message whose headers describe the release
	note   string   // the covering email, when the release was forwarded or attached
	doc    *attachment
}

var (
	forwardMarker = regexp.MustCompile(`(?i)^\W*(?:-{2,}\s*(?:forwarded\s+message|original\s+message|weitergeleitete\s+nachricht|message\s+transféré|urspr[üu]ngliche\s+nachricht)\s*-*|begin\s+forwarded\s+message\s*:?)\W*$`)
	forwardHeader = regexp.MustCompile(`(?i)^\W*(?:from|date|sent|subject|to|cc|reply-to|von|gesendet|an|betreff|de|envoyé|à|objet|datum)\s*:\s*\S?`)
	seeAttached   = regexp.MustCompile(`(?i)\b(?:attach(?:ed|ment)|enclosed|find\s+(?:the|our)\s+(?:press\s+)?release|ci-joint|en\s+pi[èe]ce\s+jointe|im\s+anhang|anbei|anexo|allegato|bijlage|vedlagt)\b`)
)

// bodyBlocks chooses between a message's HTML and text bodies: HTML keeps
// the paragraphs Outlook's text part runs together, but a damaged or
// nearly empty HTML part loses to an intact text part.
func bodyBlocks(c *content) []block {
	cids := map[string]int{}
	for _, a := range c.atts {
		if a.cid != "" {
			cids[a.cid] = a.Index
		}
	}
	var fromHTML []block
	if c.html != "" {
		fromHTML = htmlBlocks(c.html, cids)
	}
	if c.plain == "" {
		return fromHTML
	}
	fromText := textBlocks(c.plain)
	if len(fromHTML) == 0 || c.htmlDamaged && !c.plainDamaged || words(fromHTML)*2 < words(fromText) {
		return fromText
	}
	return fromHTML
}

// chooseRelease finds the release in an email: its own body, a forwarded
// copy inside it (inline or attached as a message), or a PDF or DOCX when
// the email is only a covering note.
func chooseRelease(c *content, ref *time.Time, w *walker) release {
	bs := bodyBlocks(c)
	r := release{blocks: bs, from: c}
	if c.report != "" {
		return r // a bounce quotes the bounced mail: never unwrap it
	}
	if i, j, ok := forwarded(bs); ok {
		r.note = renderText(bs[:i])
		r.blocks = bs[j:]
		return r
	}
	if autoBody.MatchString(truncate(renderText(bs), 600)) {
		return r // nor a bounce whose report headers were lost
	}
	if looksLikeRelease(bs, ref) {
		return r
	}
	for _, inner := range c.inner {
		ir := chooseRelease(inner, inner.date(ref), w)
		if looksLikeRelease(ir.blocks, ref) || words(ir.blocks) > 2*words(bs) {
			ir.note = renderText(bs)
			return ir
		}
	}
	if !seeAttached.MatchString(renderText(bs)) && words(bs) > 150 {
		return r
	}
	for _, a := range c.atts {
		if a.data == nil {
			continue
		}
		txt, err := documentText(a)
		if err != nil {
			w.warn("attachment %q: %v", a.Filename, err)
			if !errors.Is(err, errTruncated) {
				continue
			}
		}
		db := textBlocks(txt)
		if words(db) > words(bs) {
			return release{blocks: db, from: c, note: renderText(bs), doc: a}
		}
	}
	return r
}

// forwarded finds an inline forward: the marker line and the header
// lines below it. i is where the forward starts, j where its body does.
func forwarded(bs []block) (i, j int, ok bool) {
	for i = 0; i < len(bs) && i < 30; i++ {
		lines := bs[i].lines
		for k, l := range lines {
			if !forwardMarker.MatchString(l) && !(k == 0 && outlookForward(l, bs[i])) {
				continue
			}
			// Skip the forwarded header lines, in this block or the next ones.
			j = i + 1
			if k == len(lines)-1 || !allHeaders(lines[k+1:]) {
				for j < len(bs) && allHeaders(bs[j].lines) {
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

// outlookForward: Outlook forwards without a marker line, opening with a
// block of From:, Sent:, To:, Subject: lines.
func outlookForward(first string, b block) bool {
	if !strings.HasPrefix(strings.ToLower(strings.TrimLeft(first, "*> ")), "from:") {
		return false
	}
	n := 0
	for _, l := range b.lines {
		if !forwardHeader.MatchString(l) {
			break
		}
		n++
	}
	return n >= 3
}

// looksLikeRelease: a dateline or an end marker in the first blocks.
func looksLikeRelease(bs []block, ref *time.Time) bool {
	for i, b := range bs {
		if i < 20 {
			if _, ok := parseDateline(b.text(), ref); ok {
				return true
			}
		}
		if i > 2 && len(b.text()) < 48 && endMarker.MatchString(b.text()) {
			return true
		}
	}
	return false
}
