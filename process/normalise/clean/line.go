package clean

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Line makes s a one-line field (headline, issuer, a contact's name, a
// file name, the dateline's place): clean NFC text in which every control
// character — CR, LF, TAB, NEL, the Unicode line and paragraph
// separators — becomes a space, runs of white space collapse to one, and
// explicit bidi embeddings, overrides and isolates are dropped. A header
// encoded as "North=00wind=0D=0ABcc:_x@example.org" must not put a second
// line, a forged "Bcc:", into a field that is shown or exported as one
// line; an unbalanced U+202E would reverse the text around the field
// wherever it is shown. The bidi marks LRM, RLM and ALM stay: they affect
// only the characters next to them and right-to-left text needs them.
func Line(s string) string {
	s = strings.Map(func(r rune) rune {
		switch {
		case bidiControl(r):
			return -1
		case unicode.IsControl(r), r == '\u2028', r == '\u2029', unicode.IsSpace(r):
			return ' '
		}
		return r
	}, Text(s))
	return strings.Join(strings.Fields(s), " ")
}

// bidiControl is an explicit directional embedding, override or isolate
// (U+202A–U+202E, U+2066–U+2069): each opens a state that runs on until
// its terminator, past the end of the field if the sender left none.
func bidiControl(r rune) bool {
	return r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}

// Text makes s storable and displayable: valid NFC UTF-8 without control
// characters other than newline and tab (PostgreSQL refuses NUL outright).
func Text(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, strings.ReplaceAll(s, "\r\n", "\n"))
	return norm.NFC.String(s)
}

// Clean makes text storable with paragraphs separated by one blank line.
// A line of only spaces (or non-breaking spaces) separates paragraphs
// like an empty one.
func Clean(s string) string {
	var paras []string
	var lines []string
	end := func() {
		if len(lines) > 0 {
			paras = append(paras, strings.Join(lines, "\n"))
		}
		lines = lines[:0]
	}
	for _, l := range strings.Split(Text(s), "\n") {
		if l = strings.TrimSpace(strings.ReplaceAll(l, "\u00a0", " ")); l == "" {
			end()
			continue
		}
		lines = append(lines, l)
	}
	end()
	return strings.Join(paras, "\n\n")
}
