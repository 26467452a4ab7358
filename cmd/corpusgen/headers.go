package main

import (
	"fmt"
	"net/mail"
	"strings"
	"time"
)

// headerText encodes an unstructured header value (Subject): as is when
// ASCII, else RFC 2047 words in the body charset when it can hold the text,
// otherwise in UTF-8. Long values are folded.
func headerText(charset, s string) string {
	if isASCII([]byte(s)) {
		return foldASCII(s)
	}
	cs := charset
	if _, err := encodeText(cs, s); err != nil || strings.EqualFold(cs, "us-ascii") {
		cs = "UTF-8"
	}
	words, err := encodedWords(cs, s, mostlyASCII(s))
	if err != nil {
		words, _ = encodedWords("UTF-8", s, mostlyASCII(s))
	}
	return strings.Join(words, "\n ")
}

// foldASCII folds a long header value at spaces so lines stay under 78.
func foldASCII(s string) string {
	if len(s) < 66 {
		return s
	}
	var lines []string
	cur := ""
	for _, w := range strings.SplitAfter(s, " ") {
		if cur != "" && len(cur)+len(w) > 66 {
			lines = append(lines, strings.TrimRight(cur, " "))
			cur = ""
		}
		cur += w
	}
	lines = append(lines, cur)
	return strings.Join(lines, "\n ")
}

// address renders "Name <addr>" with the name quoted or encoded as needed.
func address(charset string, p Person) string {
	if p.Name == "" {
		return p.Email
	}
	if !isASCII([]byte(p.Name)) {
		return headerText(charset, p.Name) + " <" + p.Email + ">"
	}
	if strings.ContainsAny(p.Name, `()<>[]:;@\,."`) {
		return `"` + strings.ReplaceAll(p.Name, `"`, `\"`) + `" <` + p.Email + ">"
	}
	return p.Name + " <" + p.Email + ">"
}

// recipient re-renders the To value so that a non-ASCII name is encoded.
func recipient(charset, to string) string {
	a, err := mail.ParseAddress(to)
	if err != nil || isASCII([]byte(to)) {
		return to
	}
	return address(charset, Person{a.Name, a.Address})
}

// received writes the trace headers the desk's own MX adds, so that every
// message looks as an IMAP server would hand it over.
func received(s seeded, from, to string, t time.Time) []field {
	u := t.UTC()
	id := s.from("qid", "ABCDEFGHJKLMNPQRSTVWXYZ0123456789", 12)
	mta := "mail-" + s.from("mta", "abcdefghijklmnopqrstuvwxyz", 3) + s.from("mta2", digits, 2) + "." + domainOf(from)
	ip := fmt.Sprintf("192.0.2.%d", 10+s.intn("ip", 240))
	rcpt := to
	if a, err := mail.ParseAddress(to); err == nil {
		rcpt = a.Address
	}
	return []field{
		{"Return-Path", "<" + from + ">"},
		{"Delivered-To", rcpt},
		{"Received", "from mx1.desk.example\n\tby imap.desk.example with LMTP\n\tid " + strings.ToLower(id) + "; " + u.Add(4*time.Second).Format("Mon, 02 Jan 2006 15:04:05 -0000")},
		{"Received", "from " + mta + " (" + mta + " [" + ip + "])\n\tby mx1.desk.example (Postfix) with ESMTPS id " + id + "\n\tfor <" + rcpt + ">; " + u.Add(3*time.Second).Format("Mon, 02 Jan 2006 15:04:05 -0000")},
	}
}

// forwardHeaders are the quoted header lines of an inline forward, in the
// order and date format of the forwarding client.
func forwardHeaders(style string, b *Brief, t time.Time) []string {
	from := b.From.Name + " <" + b.From.Email + ">"
	switch style {
	case "outlook":
		return []string{"From: " + from, "Sent: " + t.Format("Monday, January 2, 2006 3:04 PM"), "To: " + b.To, "Subject: " + b.Subject}
	case "gmail":
		return []string{"From: " + from, "Date: " + t.Format("Mon, 2 Jan 2006 at 15:04"), "Subject: " + b.Subject, "To: " + b.To}
	case "apple":
		return []string{"From: " + from, "Subject: " + b.Subject, "Date: " + t.Format("2 January 2006 at 15:04:05 GMT-07:00"), "To: " + b.To}
	default:
		return []string{"Subject: " + b.Subject, "Date: " + t.Format("Mon, 2 Jan 2006 15:04:05 -0700"), "From: " + from, "To: " + b.To}
	}
}
