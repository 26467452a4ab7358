package mime

import (
	"bytes"
	"encoding/base64"
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	_ "github.com/emersion/go-message/charset" // go-message decodes with every charset too
	htmlcharset "golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// Decoders here never fail: mail in the wild breaks every rule, and an
// editor would rather read a release with one odd character than none.
// Each returns whether it had to guess, so the draft can say so.

// TransferDecode undoes a Content-Transfer-Encoding. Base64 skips bytes
// outside the alphabet (stray padding, junk lines); quoted-printable keeps
// a malformed "=" as it is; an unknown encoding passes the bytes through.
func TransferDecode(b []byte, enc string) (out []byte, damaged bool) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "base64":
		return decodeBase64(b)
	case "quoted-printable":
		return decodeQP(b)
	case "", "7bit", "8bit", "binary":
		return b, false
	default:
		return b, true
	}
}

// decodeBase64 decodes line by line when the lines allow it, so a junk
// line costs only itself instead of shifting every byte after it.
func decodeBase64(b []byte) ([]byte, bool) {
	lines := bytes.Split(b, []byte("\n"))
	cleaned := make([][]byte, len(lines))
	damaged, last := false, -1
	for i, l := range lines {
		c, bad := base64Chars(l)
		cleaned[i], damaged = c, damaged || bad
		if len(c) > 0 {
			last = i
		}
	}
	// A line is ragged when it does not end on a whole quantum, counting
	// its padding. The last line with data may end short, padded or not:
	// that is where the data ends, not damage (a body of 1000 bytes ends
	// with "xx==", which once flagged a clean email as damaged).
	ragged := 0
	for i, c := range cleaned {
		if i != last && (len(c)+bytes.Count(lines[i], []byte("=")))%4 != 0 {
			ragged++
		}
	}
	// An encoder that wraps mid-quantum makes most lines ragged; a line
	// or two cut short is damage, best contained to its line.
	perLine := len(lines) > 1 && ragged*10 < len(lines)
	out := make([]byte, 0, len(b)*3/4)
	if !perLine {
		all, bad := base64Chars(b)
		return appendBase64(out, all, damaged || bad)
	}
	for _, c := range cleaned {
		out, damaged = appendBase64(out, c, damaged)
	}
	return out, damaged || ragged > 0
}

// base64Chars keeps the alphabet of s; bad reports anything else but
// white space and padding.
func base64Chars(s []byte) (clean []byte, bad bool) {
	clean = make([]byte, 0, len(s))
	for _, c := range s {
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '=', c == ' ', c == '\t', c == '\r', c == '\n':
		default:
			bad = true
		}
	}
	return clean, bad
}

func appendBase64(out, clean []byte, damaged bool) ([]byte, bool) {
	if len(clean)%4 == 1 { // a lone sextet carries no whole byte
		clean, damaged = clean[:len(clean)-1], true
	}
	n := len(out)
	out = append(out, make([]byte, base64.RawStdEncoding.DecodedLen(len(clean)))...)
	k, err := base64.RawStdEncoding.Decode(out[n:], clean)
	return out[:n+k], damaged || err != nil
}

func decodeQP(b []byte) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	damaged := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != '=' {
			out = append(out, c)
			continue
		}
		rest := b[i+1:]
		switch {
		case len(rest) >= 2 && unhex(rest[0]) >= 0 && unhex(rest[1]) >= 0:
			out = append(out, byte(unhex(rest[0])<<4|unhex(rest[1])))
			i += 2
		case bytes.HasPrefix(rest, []byte("\r\n")):
			i += 2
		case bytes.HasPrefix(rest, []byte("\n")):
			i++
		default: // soft break with trailing blanks, or junk: keep the "="
			j := 0
			for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
				j++
			}
			if j > 0 && j < len(rest) && (rest[j] == '\n' || rest[j] == '\r') {
				i += j
				if rest[j] == '\r' && j+1 < len(rest) && rest[j+1] == '\n' {
					i++
				}
				i++
				continue
			}
			out = append(out, c)
			damaged = true
		}
	}
	return out, damaged
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'A' <= c && c <= 'F':
		return int(c - 'A' + 10)
	case 'a' <= c && c <= 'f':
		return int(c - 'a' + 10)
	}
	return -1
}

// DecodeCharset turns b into UTF-8. A missing or ASCII label with 8-bit
// bytes, and a label nobody knows, are read as UTF-8 when the bytes are
// valid UTF-8 (they nearly always are) and as Windows-1252 otherwise.
func DecodeCharset(b []byte, label string) (s string, guessed bool) {
	l := strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	switch l {
	case "utf-8", "utf8":
		if utf8.Valid(b) {
			return string(b), false
		}
		return strings.ToValidUTF8(string(b), "\uFFFD"), true
	case "", "us-ascii", "ascii":
		if utf8.Valid(b) {
			return string(b), false
		}
		return windows1252(b), l != ""
	}
	dec, ok := decoder(l)
	if !ok {
		if utf8.Valid(b) {
			return string(b), true
		}
		return windows1252(b), true
	}
	out, err := dec.Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD"), true
	}
	return string(out), false
}

func windows1252(b []byte) string {
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return string(out)
}

// HTMLCharset finds the charset of an HTML part whose Content-Type names
// none: a <meta charset> in its first KiB, else UTF-8 when valid.
func HTMLCharset(b []byte) string {
	_, name, certain := htmlcharset.DetermineEncoding(b, "text/html")
	if certain && name != "" {
		return name
	}
	return ""
}

// Unflow joins the soft line breaks of RFC 3676 format=flowed text: a
// line ending in a space continues on the next one.
func Unflow(s string, delsp bool) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		if strings.HasPrefix(l, " ") { // space-stuffing
			l = l[1:]
		}
		soft := strings.HasSuffix(l, " ") && l != "-- " && i < len(lines)-1
		if soft && delsp {
			l = l[:len(l)-1]
		}
		b.WriteString(l)
		if !soft {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// wordDecoder decodes encoded words in any charset x/text knows; an
// unknown label is read as UTF-8 when valid, else Windows-1252, rather
// than leaving "=?x-unknown?Q?…?=" in a subject. A word is decoded here
// whole and handed back as a bytes.Reader, which the WordDecoder copies
// without the 32 KiB buffer io.Copy allocates for other readers.
var wordDecoder = &mime.WordDecoder{CharsetReader: func(label string, r io.Reader) (io.Reader, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxHeaderLen))
	if err != nil {
		return nil, err
	}
	if dec, ok := decoder(label); ok {
		out, err := dec.Bytes(b)
		if err != nil {
			return nil, err
		}
		return bytes.NewReader(out), nil
	}
	s, _ := DecodeCharset(b, "x-unknown")
	return strings.NewReader(s), nil
}}

// DecodeHeader decodes a header value: raw 8-bit bytes as UTF-8 or else
// the message's charset, then RFC 2047 encoded words (adjacent words in
// different charsets make one string, the space between them dropped).
func DecodeHeader(v, fallback string) (string, bool) {
	guessed := false
	if !utf8.ValidString(v) {
		v, _ = DecodeCharset([]byte(v), fallback)
		guessed = true
	}
	v = strings.Join(strings.Fields(v), " ")
	d, err := wordDecoder.DecodeHeader(v)
	if err != nil {
		return v, true
	}
	return d, guessed
}
