package normalise

import (
	"encoding/json"
	"strings"
	"testing"
)

func show(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// A contact whose address is only a link's target ("<a href=mailto:…">Jo
// Reed</a>") keeps the address.
func TestContactAddressOnlyInALink(t *testing.T) {
	html := `<html><body><p><b>Harbour authority opens a second ferry berth</b></p>` +
		`<p>PORTSMOUTH, 3 June 2025 – The harbour authority opened a second ferry berth on Tuesday, doubling the port's capacity for freight.</p>` +
		`<p>The berth took two years to build and cost 40 million pounds, the authority said in a statement.</p>` +
		`<p>ENDS</p><p>Media contact: <a href="mailto:jo.reed@harbour.example?subject=Berth">Jo Reed</a>, +44 23 9555 0100</p></body></html>`
	raw := "From: Newsroom <newsroom@harbour.example>\r\nTo: desk@news.example\r\nSubject: Second ferry berth opens\r\n" +
		"Date: Tue, 03 Jun 2025 09:00:00 +0100\r\nMessage-ID: <berth-link@harbour.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Contacts) != 1 || d.Contacts[0].Email == nil || *d.Contacts[0].Email != "jo.reed@harbour.example" ||
		d.Contacts[0].Name == nil || !strings.Contains(*d.Contacts[0].Name, "Jo Reed") {
		t.Errorf("contacts %s, want Jo Reed with jo.reed@harbour.example", show(d.Contacts))
	}
	if strings.Contains(d.BodyText, "jo.reed") {
		t.Errorf("the address reached the body: %q", d.BodyText)
	}
}
