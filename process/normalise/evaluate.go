package normalise

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"newsdesk/draft"
	"newsdesk/process/normalise/clean"
)

// Outcome is what became of one email.
type Outcome string

const (
	Drafted  Outcome = "drafted"  // a draft was made
	Rejected Outcome = "rejected" // not processable: no readable header block, or nothing to read
	Failed   Outcome = "failed"   // a bug met this email; Reason holds the stack
)

// Result is the normaliser's verdict on one email, for whoever stores it:
// the worker maps it to its own record.
type Result struct {
	Outcome     Outcome
	Reason      string       // why it was rejected or failed
	Draft       *draft.Draft // only when drafted
	MessageID   string       // the Message-ID header, without angle brackets
	ContentHash []byte       // see ContentHash
}

// Evaluate runs the stages on one email and says what came of it. It
// never panics: a bug met by one message marks that message failed, with
// the stack in its reason, and the caller goes on.
func Evaluate(raw []byte) (r Result) {
	r = Result{ContentHash: ContentHash(raw)}
	defer func() {
		if p := recover(); p != nil {
			r.Outcome, r.Draft = Failed, nil
			r.Reason = clean.Text(fmt.Sprintf("panic: %v\n%s", p, debug.Stack()))
		}
	}()
	d, err := Inspect(raw)
	switch {
	case errors.Is(err, ErrRejected):
		r.Outcome, r.Reason = Rejected, reason(err)
	case err != nil:
		r.Outcome, r.Reason = Failed, reason(err)
	default:
		r.Outcome, r.Draft, r.MessageID = Drafted, d, d.Source.MessageID
	}
	return r
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
