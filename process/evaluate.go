package process

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"runtime/debug"

	"newsdesk/store"
)

// Evaluate runs the stages on one email and says how to store it. It never
// panics: a bug met by one message marks that message failed, with the
// stack in its reason, and the worker goes on.
func Evaluate(key string, raw []byte) (m store.Message) {
	m = store.Message{SourceKey: key, Raw: raw, ContentHash: ContentHash(raw)}
	defer func() {
		if r := recover(); r != nil {
			m.Status, m.Draft = store.Failed, nil
			m.Reason = fmt.Sprintf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	d, err := Inspect(raw)
	switch {
	case errors.Is(err, ErrRejected):
		m.Status, m.Reason = store.Rejected, err.Error()
	case err != nil:
		m.Status, m.Reason = store.Failed, err.Error()
	default:
		m.Status, m.Draft, m.MessageID = store.Drafted, d, d.Source.MessageID
	}
	return m
}

// ContentHash is the SHA-256 of everything below the header block. The
// same email delivered to two mailboxes, or re-read after a UIDVALIDITY
// reset, differs only in its trace headers, so this plus the Message-ID
// finds it again.
func ContentHash(raw []byte) []byte {
	body := raw
	// A blank line is "\n\n" whether lines end in CRLF or LF.
	if i := bytes.Index(raw, []byte("\n\n")); i >= 0 {
		body = raw[i+2:]
	}
	if i := bytes.Index(raw, []byte("\n\r\n")); i >= 0 && i+3 <= len(raw)-len(body) {
		body = raw[i+3:]
	}
	sum := sha256.Sum256(body)
	return sum[:]
}
