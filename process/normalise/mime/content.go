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
// for embargoes that name no zone; def when it has none.
func (c *Content) Date(def *time.Time) *time.Time {
	t, err := mail.ParseDate(strings.TrimSpace(c.Header.Get("Date")))
	if err != nil {
		return def
	}
	return &t
}
