package mime

import (
	"bytes"
	"regexp"
)

// RepairHeader makes the header block of real mail readable by a strict
// RFC 5322 reader, saying what it changed:
//   - an mbox "From " line before the fields (a message saved from a
//     Unix mailbox) is skipped;
//   - a line that is not a field, followed by more fields, is a folded
//     line that lost its leading white space (a long Subject re-wrapped
//     by a client): it is joined to the field above;
//   - a line that is not a field with no field after it is where the body
//     starts when the blank line between them is missing; so is a body
//     label that looks like a field ("Embargo: 5 June 10:00", "Sperrfrist:
//     …"): one word that names no header field, with no known field after
//     it. A body's embargo line stays in the body.
//
// CPython's email package reads the first and the last alike; on the
// second it starts the body at the broken line and turns every field
// after it into body text. Joining keeps the Content-Type that often
// follows a long Subject.
func RepairHeader(raw []byte) ([]byte, []string) {
	var warns []string
	if bytes.HasPrefix(raw, []byte("From ")) {
		i := bytes.IndexByte(raw, '\n')
		if i < 0 {
			return raw, nil
		}
		raw = raw[i+1:]
		warns = append(warns, `header: an mbox "From " line before the header fields; skipped`)
	}
	head := raw[:min(len(raw), maxHeaderLen)]
	var lines [][]byte
	for rest := head; len(rest) > 0; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			i = len(rest) - 1
		}
		lines = append(lines, rest[:i+1])
		rest = rest[i+1:]
	}
	var out bytes.Buffer
	for n, l := range lines {
		switch {
		case blankLine(l) && len(warns) == 0:
			return raw, nil
		case blankLine(l):
			out.Write(raw[headLen(lines[:n]):])
			return out.Bytes(), warns
		case l[0] == ' ' || l[0] == '\t' || n == 0 || fieldLine(l) && !bodyLabel(l, lines[n+1:]):
			out.Write(l)
		case fieldFollows(lines[n+1:]):
			warns = append(warns, "header: a folded line without leading white space; joined to the field above")
			out.WriteByte(' ')
			out.Write(l)
		default:
			warns = append(warns, "header: no blank line before the body; the body starts at the first line that is not a header field")
			out.WriteString("\r\n")
			out.Write(raw[headLen(lines[:n]):])
			return out.Bytes(), warns
		}
	}
	if len(warns) == 0 {
		return raw, nil
	}
	out.Write(raw[len(head):])
	return out.Bytes(), warns
}

// fieldLine says whether l is a header field's first line: a name of
// printable ASCII without spaces or colons, then a colon (the pattern
// ^[!-9;-~]+[ \t]*: read by hand: it runs on every line of every header).
func fieldLine(l []byte) bool {
	i := 0
	for i < len(l) && '!' <= l[i] && l[i] <= '~' && l[i] != ':' {
		i++
	}
	if i == 0 {
		return false
	}
	for i < len(l) && (l[i] == ' ' || l[i] == '\t') {
		i++
	}
	return i < len(l) && l[i] == ':'
}

// knownField names fields that show the line above was still header;
// an arbitrary "Word:" could as well be the body's first line.
var knownField = regexp.MustCompile(`(?i)^(?:from|to|cc|bcc|date|subject|sender|reply-to|message-id|in-reply-to|references|mime-version|return-path|received|delivered-to|organization|importance|priority|thread-\w+|(?:content|x|list|arc|dkim|authentication|auto|feedback|precedence|resent)[-\w]*)[ \t]*:`)

// bodyLabel says whether a field-shaped line is the body's first line: a
// one-word name no mail program writes (header fields it does not know
// are hyphenated: "Thread-Topic", "X-Mailer") and no known field after it.
func bodyLabel(l []byte, rest [][]byte) bool {
	name := l[:bytes.IndexByte(l, ':')]
	return bytes.IndexByte(name, '-') < 0 && !knownField.Match(l) && !singleField.Match(name) && !fieldFollows(rest)
}

// singleField are the one-word fields of RFC 5322, RFC 5536 (news) and
// the common unregistered ones.
var singleField = regexp.MustCompile(`(?i)^(?:keywords|comments|sensitivity|expires|lines|newsgroups|path|xref|summary|supersedes|approved|archive|autocrypt|openpgp|face|encrypted|status|organisation|bytes|distribution|followup-to|encoding|importance|priority|precedence|references|received|sender|from|to|cc|bcc|date|subject)\s*$`)

// fieldFollows says whether a known field comes before the blank line.
func fieldFollows(lines [][]byte) bool {
	for _, l := range lines {
		if blankLine(l) {
			return false
		}
		if knownField.Match(l) {
			return true
		}
	}
	return false
}

func blankLine(l []byte) bool { return len(bytes.TrimRight(l, "\r\n")) == 0 }

func headLen(lines [][]byte) int {
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	return n
}
