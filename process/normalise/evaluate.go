package normalise

import (
	clean "newsdesk/process/normalise/clean"

	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

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
			m.Reason = clean.Text(fmt.Sprintf("panic: %v\n%s", r, debug.Stack()))
		}
	}()
	d, err := Inspect(raw)
	switch {
	case errors.Is(err, ErrRejected):
		m.Status, m.Reason = store.Rejected, reason(err)
	case err != nil:
		m.Status, m.Reason = store.Failed, reason(err)
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
	// The header block ends at the first blank line, "\n\n" or "\n\r\n".
	end := -1
	for _, sep := range []string{"\n\n", "\n\r\n"} {
		if i := bytes.Index(raw, []byte(sep)); i >= 0 && (end < 0 || i+len(sep) < end) {
			end = i + len(sep)
		}
	}
	body := raw
	if end >= 0 {
		body = raw[end:]
	}
	sum := sha256.Sum256(body)
	return sum[:]
}

// reason makes an error fit for the record an editor or operator reads:
// parser errors quote the offending input, which may be binary.
func reason(err error) string {
	r := clean.Text(err.Error())
	if len(r) > 500 {
		r = strings.ToValidUTF8(r[:500], "") + "…"
	}
	return r
}
