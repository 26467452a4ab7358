package main

import (
	"bytes"
	"fmt"
	"time"
)

// renderForwardRFC822 renders the original as the brief describes it, then
// wraps it as a message/rfc822 attachment of the forwarder's own message,
// written by wrapper.client (Outlook when unset).
func renderForwardRFC822(b *Brief) (*part, error) {
	inner := *b
	inner.Wrapper = nil
	inner.HeaderQuirks = nil
	orig, err := renderMessage(&inner, true)
	if err != nil {
		return nil, err
	}
	var ob bytes.Buffer
	orig.write(&ob)

	w := b.Wrapper
	name := w.Client
	if name == "" {
		name = "outlook"
	}
	outer := *b
	outer.ID = b.ID + "/fwd"
	outer.Client = name
	outer.From = *w.From
	outer.Date = w.Date
	outer.Subject = w.Subject
	outer.Attachments = nil
	outer.MessageID = nil
	r, err := newRenderer(&outer, name)
	if err != nil {
		return nil, fmt.Errorf("wrapper: %w", err)
	}
	format := "text"
	if r.c.coverAlt {
		format = "alternative"
	}
	in := htmlInput{blocks: paraBlocks(roleNote, w.Text), charset: b.Charset, lang: b.Language}
	note, err := r.textAndHTML(format, in)
	if err != nil {
		return nil, err
	}
	att := &part{body: ob.Bytes()}
	att.set("Content-Type", "message/rfc822")
	att.set("Content-Disposition", "attachment;\n\tfilename="+paramValue(attachedName(b.Subject)))
	body := r.multipart("mixed", note, att)
	t, err := time.Parse(time.RFC3339, w.Date)
	if err != nil {
		return nil, fmt.Errorf("wrapper.date: %w", err)
	}
	return r.headers(body, *w.From, w.forwardTo(), t, w.Subject), nil
}

// attachedName is how Outlook names a forwarded item: its subject plus .eml,
// with characters Windows forbids in file names dropped.
func attachedName(subject string) string {
	var out []rune
	for _, c := range subject {
		switch c {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|':
			continue
		}
		out = append(out, c)
	}
	if len(out) > 60 {
		out = out[:60]
	}
	return string(out) + ".eml"
}
