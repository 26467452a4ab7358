package normalise

import (
	"strings"
	"testing"
)

func TestOneLineFields(t *testing.T) {
	raw := "Subject: =?utf-8?Q?North=00wind=0D=0ABcc:_victim@example.org?=\r\n" +
		"From: =?utf-8?Q?Press=0D=0AOffice?= <press@northwind.example>\r\n" +
		"Date: Mon, 3 Mar 2025 09:00:00 +0000\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n" +
		"--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<p>LEEDS,&#x2028;3 March 2025 \u2013 Northwind&#9;Ltd has opened a depot employing 40 people in the city.</p>" +
		"<p>ENDS</p><p>Media contact: Jane&#x0B;Doe\u2029Smith, jane@northwind.example, +44 113 496 0000</p>" +
		"\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename*=utf-8''photo%0D%0ABcc%3A%20x%E2%80%AE.jpg\r\n\r\nx\r\n--b--\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{"headline": d.Headline, "issuer": d.Issuer, "subject": d.Source.Subject, "from": d.Source.From}
	if d.Subheadline != nil {
		fields["subheadline"] = *d.Subheadline
	}
	if d.Dateline != nil {
		fields["place"] = d.Dateline.Place
	}
	for i, c := range d.Contacts {
		if c.Name != nil {
			fields["contact"+string(rune('0'+i))] = *c.Name
		}
	}
	for i, a := range d.Attachments {
		fields["file"+string(rune('0'+i))] = a.Filename
	}
	if d.Headline != "Northwind Bcc: victim@example.org" || d.Source.Subject != d.Headline {
		t.Errorf("headline %q subject %q", d.Headline, d.Source.Subject)
	}
	for name, v := range fields {
		if strings.ContainsAny(v, "\r\n\t\v\x00\u2028\u2029\u202e") || strings.Contains(v, "  ") {
			t.Errorf("%s = %q is not one clean line", name, v)
		}
	}
	if len(fields) < 7 {
		t.Errorf("fields not all found: %q", fields)
	}
}
