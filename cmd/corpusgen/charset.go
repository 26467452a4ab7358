package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"mime/quotedprintable"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// charsetEncoder returns the strict encoder for an IANA/WHATWG charset name.
func charsetEncoder(name string) (*encoding.Encoder, error) {
	switch strings.ToLower(name) {
	case "utf-8", "us-ascii":
		return nil, nil
	}
	// IANA first: WHATWG maps iso-8859-1 to windows-1252, which would let
	// a brief put cp1252-only characters under an iso-8859-1 label.
	if e, err := ianaindex.MIME.Encoding(name); err == nil && e != nil {
		return e.NewEncoder(), nil
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return nil, fmt.Errorf("unknown charset %q", name)
	}
	return e.NewEncoder(), nil
}

// encodeText converts UTF-8 text to the charset, failing on any character the
// charset cannot represent (no silent replacement: the corpus must say what it means).
func encodeText(charset, s string) ([]byte, error) {
	enc, err := charsetEncoder(charset)
	if err != nil {
		return nil, err
	}
	if strings.EqualFold(charset, "us-ascii") {
		for i, r := range s {
			if r >= utf8.RuneSelf {
				return nil, fmt.Errorf("%q at byte %d is not ASCII", r, i)
			}
		}
	}
	if enc == nil {
		return []byte(s), nil
	}
	if strings.EqualFold(charset, "big5") {
		return encodeBig5(s)
	}
	out, err := enc.Bytes([]byte(s))
	if err != nil {
		return nil, fmt.Errorf("cannot encode %s: %w", firstUnencodable(charset, s), err)
	}
	return out, nil
}

// firstUnencodable names the first rune the charset cannot hold, for error messages.
func firstUnencodable(charset, s string) string {
	enc, _ := charsetEncoder(charset)
	if enc == nil {
		return "text"
	}
	for _, r := range s {
		if _, err := enc.String(string(r)); err != nil {
			return fmt.Sprintf("%q (U+%04X) in %s", r, r, charset)
		}
	}
	return "text in " + charset
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// transferEncode applies a Content-Transfer-Encoding to body bytes whose lines
// end in "\n"; the result uses "\n" too (the whole message becomes CRLF at the end).
func transferEncode(cte string, body []byte) []byte {
	switch cte {
	case "base64":
		return base64Lines(body)
	case "quoted-printable":
		var buf bytes.Buffer
		w := quotedprintable.NewWriter(&buf)
		// Real mailers encode CRLF line ends; quotedprintable turns "\n" into CRLF.
		_, _ = w.Write(body)
		_ = w.Close()
		return bytes.ReplaceAll(buf.Bytes(), []byte("\r\n"), []byte("\n"))
	default:
		return body
	}
}

// base64Lines encodes in lines of 76 characters, as RFC 2045 requires.
func base64Lines(b []byte) []byte {
	enc := base64.StdEncoding.EncodeToString(b)
	var buf bytes.Buffer
	for len(enc) > 76 {
		buf.WriteString(enc[:76])
		buf.WriteByte('\n')
		enc = enc[76:]
	}
	buf.WriteString(enc)
	buf.WriteByte('\n')
	return buf.Bytes()
}

// crlfBody is the body as it goes on the wire before transfer encoding: base64
// and quoted-printable of text encode CRLF line ends, as mail clients do.
func crlfBody(b []byte) []byte {
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

// encodedWords encodes a header text as RFC 2047 words in charset, splitting
// on rune boundaries so that every word is complete in itself (a multibyte or
// stateful charset never straddles two words). q picks Q over B encoding.
func encodedWords(charset, s string, q bool) ([]string, error) {
	var words []string
	runes := []rune(s)
	for len(runes) > 0 {
		n := len(runes)
		for {
			raw, err := encodeText(charset, string(runes[:n]))
			if err != nil {
				return nil, err
			}
			w := encodeWord(charset, raw, q)
			if len(w) <= 75 || n == 1 {
				words = append(words, w)
				break
			}
			n = n * 2 / 3
			if n < 1 {
				n = 1
			}
		}
		runes = runes[n:]
	}
	return words, nil
}

func encodeWord(charset string, raw []byte, q bool) string {
	if !q {
		return "=?" + charset + "?B?" + base64.StdEncoding.EncodeToString(raw) + "?="
	}
	var sb strings.Builder
	sb.WriteString("=?" + charset + "?Q?")
	for _, c := range raw {
		switch {
		case c == ' ':
			sb.WriteByte('_')
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("!*+-/", c) >= 0:
			sb.WriteByte(c)
		default:
			fmt.Fprintf(&sb, "=%02X", c)
		}
	}
	sb.WriteString("?=")
	return sb.String()
}

// mostlyASCII tells whether Q encoding reads better than B (Latin scripts).
func mostlyASCII(s string) bool {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf {
			n++
		}
	}
	return n*5 < utf8.RuneCountInString(s)
}
