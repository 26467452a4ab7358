// Package process turns one raw email into a draft. The stages are pure
// functions of the raw bytes, so `newsdesk inspect` prints exactly what the
// workers store; the worker in this package adds only queue and storage.
package normalise

import (
	"bytes"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"newsdesk/draft"
	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/clean"
	"newsdesk/process/normalise/embargo"
	"newsdesk/process/normalise/html"
	"newsdesk/process/normalise/lang"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/normalise/segment"
)

// ErrRejected marks an email that cannot be made into a draft at all; it
// is stored with the reason instead.
var ErrRejected = errors.New("rejected")

// Inspect runs every processing stage on one raw email: MIME decoding,
// choosing the release text, segmenting it, and classifying the email.
func Inspect(raw []byte) (*draft.Draft, error) {
	w := &mime.Walker{}
	c, err := w.ReadMessage(raw, 0)
	if err != nil || c.Header.Len() == 0 {
		if err == nil {
			err = errors.New("no header fields")
		}
		return nil, fmt.Errorf("%w: cannot read the header block: %s", ErrRejected, clean.Text(err.Error()))
	}
	if longLine(raw) {
		w.Warn("mime: a line longer than 998 octets (RFC 5322's limit); read in full")
	}
	d := &draft.Draft{Contacts: []draft.Contact{}, Attachments: []draft.Attachment{}}
	d.Source = source(c, w)
	sent := c.Date(nil) // with the sender's offset, for embargoes without a zone
	rel := chooseRelease(c, sent, w)
	if strings.TrimSpace(d.Source.Subject) == "" && block.Words(rel.blocks) == 0 {
		return nil, fmt.Errorf("%w: no subject and no readable text", ErrRejected)
	}
	ref := rel.from.Date(sent)
	dls := rel.datelines
	if dls == nil || !dls.Reads(ref) {
		dls = segment.ReadDatelines(rel.blocks, ref)
	}
	s := segment.Segment(dls, rel.from.Subject())
	text := block.RenderText(rel.blocks)
	d.Kind, d.KindReason = classify(c, *s.Rules, rel, text)
	d.Language = lang.Detect(text)
	d.Note = clean.Text(rel.note)
	d.Attachments = attachments(c, rel, s)
	if d.Kind == draft.NotPressRelease {
		// Stored for the record, out of the editors' queue: no segmenting.
		d.Headline = clean.Line(segment.SubjectTitle(d.Source.Subject))
		d.BodyText = clean.Text(text)
		d.BodyHTML = html.SanitizeHTML(block.RenderHTML(rel.blocks))
	} else {
		fillRelease(d, c, rel, s, ref, w)
	}
	d.Warnings = nonNil(w.Warnings)
	return d, nil
}

// fillRelease sets the fields a release has from its segments.
func fillRelease(d *draft.Draft, c *mime.Content, rel release, s segment.Segments, ref *time.Time, w *mime.Walker) {
	if d.Note == "" {
		// Words to the desk above the release: a correction notice, an
		// agency's "issued on behalf of".
		d.Note = clean.Text(preNote(s.Pre))
	}
	d.Headline = clean.Line(s.Headline)
	for _, subj := range []string{rel.from.Subject(), d.Source.Subject} {
		if d.Headline == "" {
			d.Headline = clean.Line(segment.SubjectTitle(subj))
		}
	}
	if s.Subheadline != "" {
		sub := clean.Line(s.Subheadline)
		d.Subheadline = &sub
	}
	if s.Dateline != nil {
		dl := *s.Dateline
		dl.Place = clean.Line(dl.Place)
		d.Dateline = &dl
	}
	// The covering note of a forwarded or attached release may carry the
	// embargo too: its lines count like the subject's.
	heads := append([]string{d.Source.Subject, rel.from.Subject()}, strings.Split(rel.note, "\n")...)
	d.EmbargoUntil, d.EmbargoHold = findEmbargo(heads, s, ref, w)
	d.BodyText = clean.Text(block.RenderText(s.Body))
	d.BodyHTML = html.SanitizeHTML(block.RenderHTML(s.Body))
	trailer := segment.ContactTrailer(s.Body, s.Trailer)
	from := senderAddress(rel, s.Pre)
	d.Contacts = segment.SenderEntry(segment.Contacts(trailer, recipients(c)), trailer, from)
	if len(d.Contacts) == 0 {
		// US releases often put the contact above the headline; a
		// forward's quoted From: and To: lines are not contacts.
		d.Contacts = segment.Contacts(withoutHeaders(s.Pre), recipients(c))
	}
	if len(d.Contacts) == 0 {
		if pc := segment.PhoneContacts(trailer, from); pc != nil {
			d.Contacts = pc
		} else if sc := segment.Signatory(s.Trailer, from); sc != nil {
			d.Contacts = sc
		}
	}
	for _, c := range d.Contacts {
		for _, p := range []*string{c.Name, c.Email, c.Phone} {
			if p != nil {
				*p = clean.Line(*p)
			}
		}
	}
	d.Issuer = clean.Line(issuer(s, rel))
}

// withoutHeaders drops the blocks of quoted header lines.
func withoutHeaders(bs []block.Block) []block.Block {
	var out []block.Block
	for _, b := range bs {
		if !allHeaders(b.Lines) {
			out = append(out, b)
		}
	}
	return out
}

func longLine(raw []byte) bool {
	for len(raw) > 0 {
		i := bytes.IndexByte(raw, '\n')
		if i < 0 {
			i = len(raw)
		}
		if i > 1000 {
			return true
		}
		raw = raw[min(i+1, len(raw)):]
	}
	return false
}

func preNote(pre []block.Block) string {
	var out []block.Block
	for _, b := range pre {
		t := b.Text()
		// Scripts without spaces between words count by characters.
		sentence := (b.Words() >= 6 || utf8.RuneCountInString(t) >= 24 && !strings.Contains(t, " ")) && strings.ContainsAny(segment.LastRune(t), ".!?:。！？：")
		if sentence && (b.Words() > 8 || !segment.ReleaseLabel.MatchString(t)) && !embargo.EmbargoKey.MatchString(t) && !segment.ContactBlock(b) {
			out = append(out, b)
		}
	}
	return block.RenderText(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func source(c *mime.Content, w *mime.Walker) draft.Source {
	h := c.Header
	var s draft.Source
	s.MessageID = strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>")
	s.Subject = c.Subject()
	for _, k := range []string{"Subject", "From"} {
		if v := h.Get(k); strings.IndexFunc(v, func(r rune) bool { return r >= 0x80 }) >= 0 {
			w.Warn("header: %s has raw 8-bit bytes (not RFC 2047); read as UTF-8, else the message's charset", k)
		}
	}
	fromRaw, _ := mime.DecodeHeader(h.Get("From"), c.Charset)
	if a, err := mail.ParseAddress(fromRaw); err == nil {
		s.From = a.String()
		if a.Name != "" {
			s.From = a.Name + " <" + a.Address + ">"
		}
	} else {
		s.From = fromRaw
	}
	if t := c.Date(nil); t != nil {
		u := t.UTC()
		s.Date = &u
	}
	s.MessageID, s.Subject, s.From = clean.Line(s.MessageID), clean.Line(s.Subject), clean.Line(s.From)
	return s
}

// recipients are the desk's own addresses: where the receiving server
// delivered the email, and the To/Cc addresses outside the sender's
// domain (senders often address a release to themselves and Bcc the
// desks, so their own addresses stay possible contacts).
func recipients(c *mime.Content) map[string]bool {
	out := map[string]bool{}
	from, _ := mime.DecodeHeader(c.Header.Get("From"), c.Charset)
	own := ""
	if a := segment.EmailRE.FindString(from); a != "" {
		own = strings.ToLower(a[strings.LastIndex(a, "@"):])
	}
	for _, k := range []string{"Delivered-To", "X-Original-To", "To", "Cc"} {
		v, _ := mime.DecodeHeader(c.Header.Get(k), c.Charset)
		for _, a := range segment.EmailRE.FindAllString(v, 20) {
			a = strings.ToLower(a)
			if (k == "To" || k == "Cc") && own != "" && strings.HasSuffix(a, own) {
				continue
			}
			out[a] = true
		}
	}
	return out
}
