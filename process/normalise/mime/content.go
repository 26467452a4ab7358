package mime

import (
	"net/mail"
	"strings"
	"time"
)

// Subject is the message's decoded Subject header.
func (c *Content) Subject() string {
	s, _ := DecodeHeader(c.Header.Get("Subject"), c.Charset)
	return s
}

// Date is the message's Date header in UTC, keeping the sender's offset
// for embargoes that name no zone; def when it has none. The header is
// parsed once: choosing and segmenting the release ask several times, and
// net/mail tries its layouts in turn.
func (c *Content) Date(def *time.Time) *time.Time {
	if !c.dateRead {
		if t, err := mail.ParseDate(strings.TrimSpace(c.Header.Get("Date"))); err == nil {
			c.date = &t
		}
		c.dateRead = true
	}
	if c.date == nil {
		return def
	}
	t := *c.date // the caller's own copy, as before
	return &t
}
