package main

import (
	"bytes"
	"strings"
)

// field is one header line, kept in order; value is already encoded and may
// contain folds ("\n\t" or "\n ").
type field struct{ name, value string }

// part is a node of the MIME tree. A leaf has body (already transfer-encoded);
// a multipart has children and a boundary.
type part struct {
	header   []field
	body     []byte
	preamble string
	boundary string
	children []*part
}

func (p *part) set(name, value string) { p.header = append(p.header, field{name, value}) }

// get returns the first value of a header (for tests and quirks).
func (p *part) get(name string) string {
	for _, f := range p.header {
		if strings.EqualFold(f.name, name) {
			return f.value
		}
	}
	return ""
}

// write serialises the part with "\n" line ends.
func (p *part) write(buf *bytes.Buffer) {
	for _, f := range p.header {
		buf.WriteString(f.name)
		buf.WriteString(": ")
		buf.WriteString(f.value)
		buf.WriteByte('\n')
	}
	buf.WriteByte('\n')
	if p.children == nil {
		buf.Write(p.body)
		return
	}
	if p.preamble != "" {
		buf.WriteString(p.preamble)
		buf.WriteString("\n\n")
	}
	for _, c := range p.children {
		buf.WriteString("--" + p.boundary + "\n")
		c.write(buf)
		if b := buf.Bytes(); len(b) > 0 && b[len(b)-1] != '\n' {
			buf.WriteByte('\n')
		}
		buf.WriteByte('\n')
	}
	buf.WriteString("--" + p.boundary + "--\n")
}

// textLeaf builds a text part: the text is encoded into the charset and the
// transfer encoding. quote writes charset="..." as Outlook and Gmail do.
func textLeaf(mediaType, charset, cte, text, params string, quote bool) (*part, error) {
	raw, err := encodeText(charset, text)
	if err != nil {
		return nil, err
	}
	p := &part{}
	ct := mediaType + "; charset=" + charset
	if quote {
		ct = mediaType + "; charset=\"" + charset + "\""
	}
	if params != "" {
		ct += "; " + params
	}
	p.set("Content-Type", ct)
	p.set("Content-Transfer-Encoding", cte)
	if cte == "base64" || cte == "quoted-printable" {
		raw = crlfBody(raw)
	}
	p.body = transferEncode(cte, raw)
	return p, nil
}

// binaryLeaf is an attachment or inline image, always base64.
func binaryLeaf(mediaType, filename, disposition, contentID string, data []byte) *part {
	p := &part{}
	p.set("Content-Type", mediaType+"; name="+paramValue(filename))
	if contentID != "" {
		p.set("Content-ID", "<"+contentID+">")
	}
	p.set("Content-Disposition", disposition+"; filename="+paramValue(filename))
	p.set("Content-Transfer-Encoding", "base64")
	p.body = base64Lines(data)
	return p
}

// paramValue quotes a MIME parameter; non-ASCII names use RFC 2047 words
// inside the quotes, the form Outlook and Gmail actually send.
func paramValue(v string) string {
	if isASCII([]byte(v)) {
		return `"` + v + `"`
	}
	words, _ := encodedWords("UTF-8", v, false)
	return `"` + strings.Join(words, "") + `"`
}

// multipart builds a container; fold puts the boundary on a continuation
// line, as Outlook, Apple Mail, Thunderbird and Notes write it.
func multipart(subtype, boundary string, fold bool, children ...*part) *part {
	p := &part{boundary: boundary, children: children}
	sep := " "
	if fold {
		sep = "\n\t"
	}
	p.set("Content-Type", "multipart/"+subtype+";"+sep+"boundary=\""+boundary+"\"")
	return p
}
