package main

import (
	"bytes"
	"fmt"
	"net/mail"
	"strings"
	"time"
)

// bounce is a delivery status notification (RFC 3464): the explanation, the
// machine-readable report and the returned message.
func (r *renderer) bounce() (*part, error) {
	b := r.b
	text, err := r.leaf("text/plain", strings.Join(b.NonreleaseText, "\n\n")+"\n", "")
	if err != nil {
		return nil, err
	}
	text.header = append([]field{{"Content-Description", "Notification"}}, text.header...)
	// The desk wrote to someone at the bouncing server's domain.
	rcpt := r.s.from("rcpt", "abcdefghijklmnopqrstuvwxyz", 6) + "@" + strings.TrimPrefix(domainOf(b.From.Email), "mx.")
	when := r.date.Add(-2 * time.Minute)
	status := &part{}
	status.set("Content-Description", "Delivery report")
	status.set("Content-Type", "message/delivery-status")
	status.body = []byte(fmt.Sprintf("Reporting-MTA: dns; %s\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\n",
		domainOf(b.From.Email), r.s.from("q", "ABCDEF0123456789", 10), when.Format(time.RFC1123Z), rcpt, rcpt, domainOf(rcpt), rcpt))
	orig := &part{}
	orig.set("Content-Description", "Undelivered Message")
	orig.set("Content-Type", "message/rfc822")
	var ob bytes.Buffer
	fmt.Fprintf(&ob, "From: Newsdesk <%s>\nTo: %s\nSubject: Re: your enquiry\nDate: %s\nMessage-ID: <%s@desk.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nThanks, we will get back to you.\n", addrOf(b.To), rcpt, when.Format(time.RFC1123Z), r.s.hex("orig", 20))
	orig.body = ob.Bytes()
	p := &part{boundary: r.s.from("bnd", "ABCDEFGHJKLMNPQRSTVWXYZ0123456789", 12) + "." + fmt.Sprint(r.date.Unix()) + "/" + domainOf(b.From.Email), children: []*part{text, status, orig}}
	p.preamble = "This is a MIME-encapsulated message."
	p.set("Content-Type", "multipart/report; report-type=delivery-status;\n\tboundary=\""+p.boundary+"\"")
	return p, nil
}

func addrOf(s string) string {
	if a, err := mail.ParseAddress(s); err == nil {
		return a.Address
	}
	return s
}

// calendar is an invitation: a short text and a text/calendar REQUEST.
func (r *renderer) calendar() (*part, error) {
	b := r.b
	text, err := r.textPart(plainText(paraBlocks(rolePara, b.NonreleaseText)))
	if err != nil {
		return nil, err
	}
	// The event: three days after the invitation, 10:00 the sender's time.
	d := r.date.AddDate(0, 0, 3)
	start := time.Date(d.Year(), d.Month(), d.Day(), 10, 0, 0, 0, d.Location()).UTC()
	summary := b.Subject
	for _, p := range []string{"Invitation: ", "Einladung: ", "Invitation : ", "Updated invitation: "} {
		summary = strings.TrimPrefix(summary, p)
	}
	if i := strings.LastIndex(summary, " @ "); i > 0 {
		summary = summary[:i]
	}
	const f = "20060102T150405Z"
	ics := strings.Join([]string{
		"BEGIN:VCALENDAR",
		"PRODID:-//Newsdesk corpus//corpusgen//EN",
		"VERSION:2.0",
		"METHOD:REQUEST",
		"BEGIN:VEVENT",
		"UID:" + r.s.uuid("uid") + "@" + domainOf(b.From.Email),
		"DTSTAMP:" + r.date.UTC().Format(f),
		"DTSTART:" + start.Format(f),
		"DTEND:" + start.Add(90*time.Minute).Format(f),
		"SUMMARY:" + icsEscape(summary),
		"ORGANIZER;CN=" + icsEscape(b.From.Name) + ":mailto:" + b.From.Email,
		"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + addrOf(b.To),
		"DESCRIPTION:" + icsEscape(strings.Join(b.NonreleaseText, "\n")),
		"STATUS:CONFIRMED",
		"SEQUENCE:0",
		"END:VEVENT",
		"END:VCALENDAR",
	}, "\n") + "\n"
	cal, err := r.leaf("text/calendar", foldICS(ics), "method=REQUEST")
	if err != nil {
		return nil, err
	}
	return r.multipart("alternative", text, cal), nil
}

func icsEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`).Replace(s)
}

// foldICS folds content lines at 74 runes (RFC 5545 counts octets; runes keep
// multibyte characters whole, which every reader accepts).
func foldICS(s string) string {
	var sb strings.Builder
	for _, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		rs := []rune(line)
		for len(rs) > 74 {
			sb.WriteString(string(rs[:74]) + "\n ")
			rs = rs[74:]
		}
		sb.WriteString(string(rs) + "\n")
	}
	return sb.String()
}
