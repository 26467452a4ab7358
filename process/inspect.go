// Package process turns one raw email into a draft. The stages are pure
// functions of the raw bytes, so `newsdesk inspect` prints exactly what the
// workers store; the worker in this package adds only queue and storage.
package process

import (
	"bytes"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"time"

	"newsdesk/draft"
)

// ErrRejected marks an email that cannot be made into a draft at all; it
// is stored with the reason instead.
var ErrRejected = errors.New("rejected")

// Inspect runs every processing stage on one raw email: MIME decoding,
// choosing the release text, segmenting it, and classifying the email.
func Inspect(raw []byte) (*draft.Draft, error) {
	w := &walker{}
	c, err := w.readMessage(raw, 0)
	if err != nil || c.header.Len() == 0 {
		if err == nil {
			err = errors.New("no header fields")
		}
		return nil, fmt.Errorf("%w: cannot read the header block: %s", ErrRejected, text(err.Error()))
	}
	if longLine(raw) {
		w.warn("mime: a line longer than 998 octets (RFC 5322's limit); read in full")
	}
	d := &draft.Draft{Contacts: []draft.Contact{}, Attachments: []draft.Attachment{}}
	d.Source = source(c, w)
	sent := c.date(nil) // with the sender's offset, for embargoes without a zone
	rel := chooseRelease(c, sent, w)
	if strings.TrimSpace(d.Source.Subject) == "" && words(rel.blocks) == 0 {
		return nil, fmt.Errorf("%w: no subject and no readable text", ErrRejected)
	}
	ref := rel.from.date(sent)
	s := segment(rel.blocks, ref, rel.from.subject())
	d.Kind, d.KindReason = classify(c, s, rel, renderText(rel.blocks))
	d.Language = detectLanguage(renderText(rel.blocks))
	d.Note = text(rel.note)
	d.Attachments = attachments(c, rel, s)
	if d.Kind == draft.NotPressRelease {
		// Stored for the record, out of the editors' queue: no segmenting.
		d.Headline = line(subjectTitle(d.Source.Subject))
		d.BodyText = text(renderText(rel.blocks))
		d.BodyHTML = SanitizeHTML(renderHTML(rel.blocks))
	} else {
		fillRelease(d, c, rel, s, ref, w)
	}
	d.Warnings = nonNil(w.warnings)
	return d, nil
}

// fillRelease sets the fields a release has from its segments.
func fillRelease(d *draft.Draft, c *content, rel release, s segments, ref *time.Time, w *walker) {
	if d.Note == "" {
		// Words to the desk above the release: a correction notice, an
		// agency's "issued on behalf of".
		d.Note = text(preNote(s.pre))
	}
	d.Headline = line(s.headline)
	for _, subj := range []string{rel.from.subject(), d.Source.Subject} {
		if d.Headline == "" {
			d.Headline = line(subjectTitle(subj))
		}
	}
	if s.subheadline != "" {
		sub := line(s.subheadline)
		d.Subheadline = &sub
	}
	if s.dateline != nil {
		dl := *s.dateline
		dl.Place = line(dl.Place)
		d.Dateline = &dl
	}
	// The covering note of a forwarded or attached release may carry the
	// embargo too: its lines count like the subject's.
	heads := append([]string{d.Source.Subject, rel.from.subject()}, strings.Split(rel.note, "\n")...)
	d.EmbargoUntil, d.EmbargoHold = findEmbargo(heads, s, ref, w)
	d.BodyText = text(renderText(s.body))
	d.BodyHTML = SanitizeHTML(renderHTML(s.body))
	d.Contacts = contacts(s.trailer, recipients(c))
	if len(d.Contacts) == 0 {
		// US releases often put the contact above the headline.
		d.Contacts = contacts(s.pre, recipients(c))
	}
	for _, c := range d.Contacts {
		for _, p := range []*string{c.Name, c.Email, c.Phone} {
			if p != nil {
				*p = line(*p)
			}
		}
	}
	d.Issuer = line(issuer(s, rel))
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

func preNote(pre []block) string {
	var out []block
	for _, b := range pre {
		t := b.text()
		sentence := b.words() >= 6 && strings.ContainsAny(lastRune(t), ".!?:")
		if sentence && (b.words() > 8 || !releaseLabel.MatchString(t)) && !embargoKey.MatchString(t) && !contactBlock(b) {
			out = append(out, b)
		}
	}
	return renderText(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func source(c *content, w *walker) draft.Source {
	h := c.header
	var s draft.Source
	s.MessageID = strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>")
	s.Subject = c.subject()
	for _, k := range []string{"Subject", "From"} {
		if v := h.Get(k); strings.IndexFunc(v, func(r rune) bool { return r >= 0x80 }) >= 0 {
			w.warn("header: %s has raw 8-bit bytes (not RFC 2047); read as UTF-8, else the message's charset", k)
		}
	}
	fromRaw, _ := decodeHeader(h.Get("From"), c.charset)
	if a, err := mail.ParseAddress(fromRaw); err == nil {
		s.From = a.String()
		if a.Name != "" {
			s.From = a.Name + " <" + a.Address + ">"
		}
	} else {
		s.From = fromRaw
	}
	if t := c.date(nil); t != nil {
		u := t.UTC()
		s.Date = &u
	}
	s.MessageID, s.Subject, s.From = line(s.MessageID), line(s.Subject), line(s.From)
	return s
}

// recipients are the desk's own addresses: where the receiving server
// delivered the email, and the To/Cc addresses outside the sender's
// domain (senders often address a release to themselves and Bcc the
// desks, so their own addresses stay possible contacts).
func recipients(c *content) map[string]bool {
	out := map[string]bool{}
	from, _ := decodeHeader(c.header.Get("From"), c.charset)
	own := ""
	if a := emailRE.FindString(from); a != "" {
		own = strings.ToLower(a[strings.LastIndex(a, "@"):])
	}
	for _, k := range []string{"Delivered-To", "X-Original-To", "To", "Cc"} {
		v, _ := decodeHeader(c.header.Get(k), c.charset)
		for _, a := range emailRE.FindAllString(v, 20) {
			a = strings.ToLower(a)
			if (k == "To" || k == "Cc") && own != "" && strings.HasSuffix(a, own) {
				continue
			}
			out[a] = true
		}
	}
	return out
}

func (c *content) subject() string {
	s, _ := decodeHeader(c.header.Get("Subject"), c.charset)
	return s
}

// date is the message's Date header in UTC, keeping the sender's offset
// for embargoes that name no zone; def when it has none.
func (c *content) date(def *time.Time) *time.Time {
	t, err := mail.ParseDate(strings.TrimSpace(c.header.Get("Date")))
	if err != nil {
		return def
	}
	return &t
}
