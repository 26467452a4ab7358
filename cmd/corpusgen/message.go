package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"
)

// renderer carries one brief through rendering.
type renderer struct {
	b      *Brief
	s      seeded
	name   string // client name
	c      client
	date   time.Time
	levels int // counter for distinct multipart boundaries
	nl     newsletterInfo
	// attached: the message travels inside another (message/rfc822), so it
	// carries no trace headers of the desk's own mail server.
	attached bool
}

func newRenderer(b *Brief, clientName string) (*renderer, error) {
	t, err := time.Parse(time.RFC3339, b.Date)
	if err != nil {
		return nil, fmt.Errorf("date: %w", err)
	}
	r := &renderer{b: b, s: seeded{b.ID}, name: clientName, c: clients[clientName], date: t}
	if r.c.bulk {
		r.nl = newsletterLinks(clientName, r.s)
	}
	return r, nil
}

// leaf is a text part in the brief's charset and transfer encoding, with
// the client's way of writing the charset parameter.
func (r *renderer) leaf(mediaType, text, params string) (*part, error) {
	return textLeaf(mediaType, r.b.Charset, r.b.Transfer, text, params, r.c.quoteCS)
}

// multipart is a container with the client's next boundary.
func (r *renderer) multipart(subtype string, children ...*part) *part {
	r.levels++
	return multipart(subtype, boundary(r.name, r.s, r.levels), r.c.foldCT, children...)
}

// render produces the whole message in wire form (CRLF line ends).
func render(b *Brief) ([]byte, error) {
	var msg *part
	var err error
	if b.Wrapper != nil && b.Wrapper.Type == "forward_rfc822" {
		msg, err = renderForwardRFC822(b)
	} else {
		msg, err = renderMessage(b, false)
	}
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	msg.write(&buf)
	out := applyQuirks(b, buf.Bytes())
	return crlfBody(bytes.ReplaceAll(out, []byte("\r\n"), []byte("\n"))), nil
}

// renderMessage builds the message a brief describes, with its own headers.
func renderMessage(b *Brief, attached bool) (*part, error) {
	r, err := newRenderer(b, b.Client)
	if err != nil {
		return nil, err
	}
	r.attached = attached
	body, err := r.body()
	if err != nil {
		return nil, err
	}
	from, date, subject := b.From, r.date, b.Subject
	if w := b.Wrapper; w != nil && w.Type == "forward_inline" {
		from, subject = *w.From, w.Subject
		if date, err = time.Parse(time.RFC3339, w.Date); err != nil {
			return nil, fmt.Errorf("wrapper.date: %w", err)
		}
	}
	to := b.To
	if w := b.Wrapper; w != nil && w.Type == "forward_inline" {
		to = w.forwardTo()
	}
	return r.headers(body, from, to, date, subject), nil
}

// headers puts the top-level header block above the body part, in the
// client's order.
func (r *renderer) headers(body *part, from Person, to string, date time.Time, subject string) *part {
	b := r.b
	msgID := messageID(r.name, r.s, from.Email, date)
	if b.MessageID != nil {
		msgID = *b.MessageID
	}
	subj := headerText(b.Charset, subject)
	var top []field
	if !r.attached {
		top = received(r.s, from.Email, to, date)
	}
	mime := []field{{"MIME-Version", "1.0"}}
	switch r.name {
	case "apple_mail":
		mime = []field{{"Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"}}
	case "iphone":
		mime = []field{{"Mime-Version", "1.0 (1.0)"}}
	}
	bounce := b.NonreleaseType != nil && *b.NonreleaseType == "bounce"
	if bounce && len(top) > 0 {
		// A DSN comes from the MTA itself: null sender, no mail program.
		top[0].value = "<>"
	}
	own := clientHeaders(r.name, r.s, b, subj, strings.HasPrefix(body.get("Content-Type"), "multipart/mixed"))
	if r.c.bulk {
		own = append(own, bulkHeaders(r.s, r.nl, b)...)
	}
	if bounce {
		own = nil
	}
	own = append(own, r.nonreleaseHeaders()...)
	core := []field{
		{"From", address(b.Charset, from)},
		{"To", recipient(b.Charset, to)},
		{"Subject", subj},
		{"Date", mailDate(r.name, date)},
		{"Message-ID", msgID},
	}
	if r.name == "gmail" || r.name == "android" {
		top = append(top, mime...)
		top = append(top, core[0], core[3], core[4], core[2], core[1])
		top = append(top, own...)
	} else {
		top = append(top, core...)
		top = append(top, own...)
		if r.name != "outlook" {
			top = append(top, mime...)
		}
	}
	body.header = append(top, body.header...)
	if r.name == "outlook" {
		body.header = append(body.header, mime...)
	}
	return body
}

func (r *renderer) nonreleaseHeaders() []field {
	if r.b.NonreleaseType == nil {
		return nil
	}
	switch *r.b.NonreleaseType {
	case "auto_reply":
		return []field{{"Auto-Submitted", "auto-replied"}, {"X-Autoreply", "yes"}, {"X-Auto-Response-Suppress", "All"}}
	case "bounce":
		return []field{{"Auto-Submitted", "auto-replied"}}
	}
	return nil
}

// body builds the MIME body of the message (everything below the headers).
func (r *renderer) body() (*part, error) {
	b := r.b
	if b.NonreleaseType != nil {
		switch *b.NonreleaseType {
		case "bounce":
			return r.bounce()
		case "calendar_invite":
			return r.calendar()
		}
	}
	blocks, fwd := r.contentBlocks()
	var files []*part
	format := b.BodyFormat
	if format == "pdf" || format == "docx" {
		doc, err := r.releaseDocument(format)
		if err != nil {
			return nil, err
		}
		files = append(files, doc)
		format = "text"
		if r.c.coverAlt {
			format = "alternative"
		}
	}
	hasHTML := format == "html" || format == "alternative"
	var photos []*part
	in := htmlInput{blocks: blocks, charset: b.Charset, lang: b.Language, forward: fwd, compact: r.s.intn("compact", 2) == 0}
	for i, a := range b.Attachments {
		p, cid, err := r.attachment(i, a, hasHTML)
		if err != nil {
			return nil, err
		}
		switch {
		case cid != "" && a.Role == "signature_logo":
			in.logo = cid
			photos = append(photos, p)
		case cid != "":
			in.photos = append(in.photos, cid)
			photos = append(photos, p)
		default:
			files = append(files, p)
		}
	}
	core, err := r.textAndHTML(format, in)
	if err != nil {
		return nil, err
	}
	if len(photos) > 0 {
		core = r.multipart("related", append([]*part{core}, photos...)...)
	}
	if len(files) > 0 {
		core = r.multipart("mixed", append([]*part{core}, files...)...)
	}
	return core, nil
}

// contentBlocks lays out what the email body says, wrapper included; an
// inline forward returns the quoted original separately.
func (r *renderer) contentBlocks() ([]block, *forwardQuote) {
	b := r.b
	var bs []block
	switch {
	case b.Release == nil:
		bs = paraBlocks(rolePara, b.NonreleaseText)
		if b.NonreleaseType != nil && *b.NonreleaseType == "digest" {
			bs = digestBlocks(r.s, b.NonreleaseText)
		}
	case b.BodyFormat == "pdf" || b.BodyFormat == "docx":
		bs = append(paraBlocks(rolePara, b.CoverText), emailTail(b.Release)...)
	default:
		bs = releaseBlocks(b.Release, layoutOptions{embargoBeforeKicker: r.s.intn("embargo-top", 2) == 0, inEmail: true})
	}
	var mobile []block
	if sig := r.c.mobileSig; len(sig) > 0 {
		mobile = []block{{roleMobile, []string{sig[r.s.intn("mobile", len(sig))]}}}
	}
	w := b.Wrapper
	if w == nil {
		return append(bs, mobile...), nil
	}
	notes := paraBlocks(roleNote, w.Text)
	if w.Type == "forward_inline" {
		// The phone signs the forwarder's note, above the quoted original.
		notes = append(notes, mobile...)
		style := r.c.fwdStyle
		intro := r.c.fwdIntro
		if strings.Contains(intro, "%s") {
			wd, _ := time.Parse(time.RFC3339, w.Date)
			intro = fmt.Sprintf(intro, wd.Format("02.01.2006 15:04"))
		}
		if style == "outlook" {
			intro = "________________________________"
		}
		if intro == "" {
			intro = "---------- Forwarded message ---------"
		}
		return notes, &forwardQuote{intro: intro, headers: forwardHeaders(style, b, r.date), blocks: bs}
	}
	if r.s.intn("note-sep", 3) == 0 {
		notes = append(notes, block{roleNote, []string{"---"}})
	}
	return append(append(notes, bs...), mobile...), nil
}

// digestBlocks gives each item of a press review a link, as digests do.
func digestBlocks(s seeded, text []string) []block {
	var bs []block
	for i, t := range text {
		bs = append(bs, block{rolePara, []string{t}})
		if i > 0 && !strings.Contains(t, "http") {
			bs = append(bs, block{rolePara, []string{fmt.Sprintf("Read more: https://pressreview.example/r/%s", s.hex(fmt.Sprint("digest", i), 10))}})
		}
	}
	return bs
}
