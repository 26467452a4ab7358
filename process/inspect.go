// Package process turns one raw email into a draft. The stages are pure
// functions of the raw bytes, so `newsdesk inspect` prints exactly what the
// workers store; the worker in this package adds only queue and storage.
package process

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // every charset x/text knows
	"github.com/emersion/go-message/mail"
	"golang.org/x/text/unicode/norm"

	"newsdesk/draft"
)

// ErrRejected marks an email that cannot be made into a draft at all; it
// is stored with the reason instead.
var ErrRejected = errors.New("rejected")

// maxTextPart bounds how much of one text part is read, so a hostile
// message costs bounded memory.
const maxTextPart = 8 << 20

// Inspect runs every processing stage on one raw email.
func Inspect(raw []byte) (*draft.Draft, error) {
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil && !recoverable(err) {
		return nil, fmt.Errorf("%w: cannot read the header block: %s", ErrRejected, text(err.Error()))
	}
	d := &draft.Draft{Warnings: []string{}}
	if err != nil {
		d.Warnings = append(d.Warnings, err.Error())
	}
	h := mail.Header{Header: e.Header}
	d.Source = source(&h, d)
	plain, html := bodies(e, d)
	d.BodyText = clean(plain)
	if d.BodyText == "" && html != "" {
		d.BodyText = clean(htmlText(html))
	}
	d.Headline = clean(d.Source.Subject)
	if d.Headline == "" && d.BodyText == "" {
		return nil, fmt.Errorf("%w: no subject and no readable text", ErrRejected)
	}
	d.Kind, d.KindReason = classify(&h)
	return d, nil
}

func source(h *mail.Header, d *draft.Draft) draft.Source {
	var s draft.Source
	var err error
	if s.MessageID, err = h.MessageID(); err != nil {
		s.MessageID = strings.Trim(strings.TrimSpace(h.Get("Message-Id")), "<>")
	}
	if s.Subject, err = h.Subject(); err != nil {
		s.Subject = h.Get("Subject")
		d.Warnings = append(d.Warnings, "subject: "+err.Error())
	}
	if from, err := h.AddressList("From"); err == nil && len(from) > 0 {
		s.From = from[0].String()
	} else {
		s.From = h.Get("From")
	}
	if t, err := h.Date(); err == nil {
		t = t.UTC()
		s.Date = &t
	}
	s.MessageID, s.Subject, s.From = text(s.MessageID), text(s.Subject), text(s.From)
	return s
}

// Limits on a message's shape: real mail nests a few levels and has tens
// of parts; hostile mail may nest thousands deep.
const (
	maxDepth = 32
	maxParts = 1000
)

// bodies returns the first inline text/plain and text/html parts. Damage
// further down the message becomes a warning: what was read is kept.
func bodies(e *message.Entity, d *draft.Draft) (plain, html string) {
	parts := 0
	var walk func(e *message.Entity, depth int) bool
	walk = func(e *message.Entity, depth int) bool {
		if mr := e.MultipartReader(); mr != nil {
			if depth >= maxDepth {
				d.Warnings = append(d.Warnings, fmt.Sprintf("mime: nested deeper than %d levels; the rest is ignored", maxDepth))
				return false
			}
			for {
				p, err := mr.NextPart()
				if err == io.EOF {
					return true
				}
				if err != nil && !recoverable(err) {
					d.Warnings = append(d.Warnings, "mime: "+text(err.Error()))
					return false
				}
				if err != nil {
					d.Warnings = append(d.Warnings, text(err.Error()))
				}
				if parts++; parts > maxParts {
					d.Warnings = append(d.Warnings, fmt.Sprintf("mime: more than %d parts; the rest is ignored", maxParts))
					return false
				}
				if !walk(p, depth+1) {
					return false
				}
			}
		}
		ct, _, _ := e.Header.ContentType()
		if disp, _, _ := e.Header.ContentDisposition(); disp == "attachment" ||
			ct != "text/plain" && ct != "text/html" || ct == "text/plain" && plain != "" || ct == "text/html" && html != "" {
			return true
		}
		b, err := io.ReadAll(io.LimitReader(e.Body, maxTextPart))
		if err != nil {
			d.Warnings = append(d.Warnings, fmt.Sprintf("%s part: %s", ct, text(err.Error())))
		}
		if ct == "text/plain" {
			plain = string(b)
		} else {
			html = string(b)
		}
		return true
	}
	walk(e, 0)
	return plain, html
}

// text makes s storable and displayable: valid NFC UTF-8 without control
// characters other than newline and tab (PostgreSQL refuses NUL outright).
func text(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, strings.ReplaceAll(s, "\r\n", "\n"))
	return norm.NFC.String(s)
}

// clean makes text storable with paragraphs separated by one blank line.
func clean(s string) string {
	s = text(s)
	var paras []string
	for _, block := range strings.Split(s, "\n\n") {
		var lines []string
		for _, l := range strings.Split(block, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
	}
	return strings.Join(paras, "\n\n")
}

// recoverable errors leave a readable entity behind: go-message hands over
// the undecoded bytes of a part in an unknown charset or transfer encoding.
func recoverable(err error) bool {
	return message.IsUnknownCharset(err) || message.IsUnknownEncoding(err)
}
