package desk

import (
	"bytes"
	"io"
	"mime"
	"path"
	"strings"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset" // every charset for parts and headers

	"newsdesk/draft"
)

// Limits for reading an original: hostile emails nest without end.
const (
	maxDepth    = 16
	maxParts    = 500
	maxPartSize = 64 << 20
)

// original is what the draft page shows of the email as it came.
type original struct {
	Headers []header
	Text    string // the first text/plain body part
	HTML    string // the first text/html body part, unsanitised
	Parts   []part // everything else, nested messages' parts included
}

type header struct{ Name, Value string }

type part struct {
	Filename    string
	ContentType string
	Data        []byte
}

var shownHeaders = []string{"From", "Reply-To", "To", "Cc", "Date", "Subject", "Message-Id"}

// parseOriginal reads an email for display. It never fails: what cannot
// be read is left out, and the raw .eml stays downloadable.
func parseOriginal(raw []byte) original {
	var o original
	e, err := message.Read(bytes.NewReader(raw))
	if e == nil {
		_ = err
		return o
	}
	for _, k := range shownHeaders {
		if v := e.Header.Get(k); v != "" {
			o.Headers = append(o.Headers, header{k, decodeHeader(v)})
		}
	}
	o.walk(e, 0)
	return o
}

func (o *original) walk(e *message.Entity, depth int) {
	if depth > maxDepth || len(o.Parts) >= maxParts {
		return
	}
	if mr := e.MultipartReader(); mr != nil {
		for {
			p, err := mr.NextPart()
			if p == nil || err != nil && !message.IsUnknownCharset(err) && !message.IsUnknownEncoding(err) {
				return
			}
			o.walk(p, depth+1)
		}
	}
	ct, params, _ := e.Header.ContentType()
	disp, dparams, _ := e.Header.ContentDisposition()
	name := dparams["filename"]
	if name == "" {
		name = params["name"]
	}
	data, _ := io.ReadAll(io.LimitReader(e.Body, maxPartSize))
	if ct == "message/rfc822" && disp != "attachment" {
		if inner, _ := message.Read(bytes.NewReader(data)); inner != nil {
			o.walk(inner, depth+1)
			return
		}
	}
	body := disp != "attachment" && name == ""
	switch {
	case body && (ct == "text/plain" || ct == "") && o.Text == "":
		o.Text = string(data)
	case body && ct == "text/html" && o.HTML == "":
		o.HTML = string(data)
	default:
		o.Parts = append(o.Parts, part{Filename: decodeHeader(name), ContentType: ct, Data: data})
	}
}

// attachment finds the bytes of the draft's attachment i: the normaliser
// numbers attachments in its own walk, so the part is matched by file
// name (and its rank among parts of that name), then by content type.
func (o original) attachment(atts []draft.Attachment, i int) (part, bool) {
	if i < 0 || i >= len(atts) {
		return part{}, false
	}
	a := atts[i]
	rank := 0
	for _, b := range atts[:i] {
		if b.Filename == a.Filename && b.ContentType == a.ContentType {
			rank++
		}
	}
	for _, same := range []func(p part) bool{
		func(p part) bool { return a.Filename != "" && baseName(p.Filename) == a.Filename },
		func(p part) bool { return strings.EqualFold(p.ContentType, a.ContentType) },
	} {
		k := rank
		for _, p := range o.Parts {
			if same(p) {
				if k == 0 {
					return p, true
				}
				k--
			}
		}
	}
	return part{}, false
}

func baseName(name string) string {
	return path.Base(strings.ReplaceAll(strings.TrimSpace(name), "\\", "/"))
}

var wordDecoder = &mime.WordDecoder{CharsetReader: message.CharsetReader}

// decodeHeader decodes RFC 2047 words, keeping the raw text on failure.
func decodeHeader(v string) string {
	if s, err := wordDecoder.DecodeHeader(v); err == nil {
		return s
	}
	return v
}
