package process

import (
	"bytes"
	"crypto/sha256"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Identity says which stored email raw is, whatever became of processing
// it: the same Message-ID and content hash for every outcome, so rejected,
// failed and over-size mail never merge with a different email.
//
// With a Message-ID the hash covers the body below the header block, so
// copies that differ only in trace headers (two mailboxes, a UIDVALIDITY
// reset) are one email. Without one nothing vouches for sameness but the
// bytes, so the hash covers all of them: two emails merge only when
// byte-identical. oversize is the original size when raw holds only the
// headers of an over-size email; its body was never read, so the size
// stands in for it (and with no Message-ID, the headers and the size).
func Identity(raw []byte, oversize int64) (messageID string, hash []byte) {
	head, body := splitHeaderBlock(raw)
	messageID = MessageID(head)
	h := sha256.New()
	switch {
	case oversize > 0 && messageID != "":
		h.Write([]byte("oversize:" + strconv.FormatInt(oversize, 10)))
	case oversize > 0:
		h.Write(raw)
		h.Write([]byte("\x00oversize:" + strconv.FormatInt(oversize, 10)))
	case messageID != "":
		h.Write(body)
	default:
		h.Write(raw)
	}
	return messageID, h.Sum(nil)
}

// sourceHash stands in for the content hash of an email whose bytes could
// not be read: unique to its source, so it never merges with another.
func sourceHash(key string) []byte {
	h := sha256.Sum256([]byte("unreadable\x00" + key))
	return h[:]
}

// splitHeaderBlock cuts raw after the blank line that ends its header block
// ("\n\n" or "\n\r\n", whichever comes first); without one it is all header.
func splitHeaderBlock(raw []byte) (head, body []byte) {
	end := -1
	for _, sep := range []string{"\n\n", "\n\r\n"} {
		if i := bytes.Index(raw, []byte(sep)); i >= 0 && (end < 0 || i+len(sep) < end) {
			end = i + len(sep)
		}
	}
	if end < 0 {
		return raw, nil
	}
	return raw[:end], raw[end:]
}

// maxMessageID bounds what is kept of a Message-ID: RFC 5322 lines stop at
// 998 octets, and the value is a key in a unique index.
const maxMessageID = 998

// MessageID reads the Message-ID field from a raw header block, tolerating
// folded lines, any case of the name, bare LF and junk around the angle
// brackets. It returns "" when the field is absent or empty. The result is
// the same form the normaliser shows as source.message_id: no brackets,
// valid UTF-8, no control characters.
func MessageID(head []byte) string {
	var val []byte
	found := false
	for line := range bytes.Lines(head) {
		line = bytes.TrimRight(line, "\r\n")
		if len(line) == 0 {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			if found && val != nil {
				val = append(val, line...)
			}
			continue
		}
		if val != nil {
			break // the Message-ID field ended; the first one counts
		}
		name, rest, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(name)), "Message-ID") {
			found, val = true, append([]byte{}, rest...)
		}
	}
	s := strings.TrimSpace(cleanHeaderValue(val))
	if i := strings.IndexByte(s, '<'); i >= 0 {
		if j := strings.IndexByte(s[i:], '>'); j > 0 {
			s = s[i+1 : i+j]
		}
	}
	if len(s) > maxMessageID {
		s = strings.ToValidUTF8(s[:maxMessageID], "")
	}
	return strings.Trim(s, "<> \t")
}

// cleanHeaderValue makes a header value valid UTF-8 without control characters.
func cleanHeaderValue(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		b = b[n:]
		switch {
		case r == utf8.RuneError && n <= 1:
		case unicode.IsControl(r):
			sb.WriteByte(' ')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
