package main

import (
	"bytes"
	"io"
	"mime"
	"regexp"
	"strings"
	"testing"

	_ "github.com/emersion/go-message/charset"
	"github.com/emersion/go-message/mail"

	"github.com/emersion/go-message"
)

// leaf is one decoded non-multipart part of a parsed message.
type leaf struct {
	mediaType string
	params    map[string]string
	header    message.Header
	body      []byte // transfer-decoded and, for text, converted to UTF-8
}

// parsed is a message read back with go-message, the library the pipeline uses.
type parsed struct {
	header mail.Header
	leaves []leaf
}

func parse(t *testing.T, raw []byte) parsed {
	t.Helper()
	e, err := message.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("read message: %v", err)
	}
	p := parsed{header: mail.Header{Header: e.Header}}
	err = e.Walk(func(_ []int, part *message.Entity, err error) error {
		if err != nil {
			return err
		}
		mt, params, _ := part.Header.ContentType()
		if strings.HasPrefix(mt, "multipart/") {
			return nil
		}
		body, err := io.ReadAll(part.Body)
		if err != nil {
			return err
		}
		p.leaves = append(p.leaves, leaf{mt, params, part.Header, body})
		return nil
	})
	if err != nil {
		t.Fatalf("walk: %v", err)
	}
	return p
}

// first returns the first leaf of a media type, failing the test if none.
func (p parsed) first(t *testing.T, mt string) leaf {
	t.Helper()
	for _, l := range p.leaves {
		if l.mediaType == mt {
			return l
		}
	}
	t.Fatalf("no %s part; have %v", mt, p.types())
	return leaf{}
}

func (p parsed) has(mt string) bool {
	for _, l := range p.leaves {
		if l.mediaType == mt {
			return true
		}
	}
	return false
}

func (p parsed) types() []string {
	var out []string
	for _, l := range p.leaves {
		out = append(out, l.mediaType)
	}
	return out
}

func (p parsed) subject(t *testing.T) string {
	t.Helper()
	s, err := p.header.Subject()
	if err != nil {
		t.Fatalf("subject: %v", err)
	}
	return s
}

var tagRe = regexp.MustCompile(`<[^>]*>`)

// visibleText strips tags, undoes entities and collapses white space, so
// tests compare what a reader of the HTML would see.
func visibleText(h string) string {
	h = regexp.MustCompile(`(?s)<style.*?</style>|<!--.*?-->`).ReplaceAllString(h, " ")
	h = tagRe.ReplaceAllString(h, " ")
	h = strings.NewReplacer("&nbsp;", " ", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&#39;", "'").Replace(h)
	return strings.Join(strings.Fields(h), " ")
}

// unflow joins format=flowed soft breaks back into paragraphs.
func unflow(s string) string { return strings.ReplaceAll(s, " \r\n", " ") }

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

var wordDecoder = mime.WordDecoder{}

func str(s string) *string { return &s }
