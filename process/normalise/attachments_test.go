package normalise

import (
	"encoding/base64"
	"strings"
	"testing"
)

// Pictures a release shows below its contacts are the release's photos;
// the logo and network icons of the signature under them are not.
func TestPicturesShownBelowTheContacts(t *testing.T) {
	jpeg := base64.StdEncoding.EncodeToString([]byte("\xff\xd8\xff\xe0 not really a picture \xff\xd9"))
	part := func(name, typ string) string {
		return "--rel\r\nContent-Type: " + typ + "; name=\"" + name + "\"\r\nContent-ID: <" + name + ">\r\n" +
			"Content-Disposition: inline; filename=\"" + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + jpeg + "\r\n"
	}
	html := `<html><body><p><b>Harbour authority opens a second ferry berth</b></p>` +
		`<p>PORTSMOUTH, 3 June 2025 – The harbour authority opened a second ferry berth on Tuesday, doubling the port's capacity for freight.</p>` +
		`<p>The berth took two years to build and cost 40 million pounds, the authority said in a statement.</p>` +
		`<p>ENDS</p><p>Media contact: Jo Reed, press office, 023 9555 0100</p>` +
		`<p><img src="cid:new-berth-aerial.jpg"></p><p><img src="cid:ferry-at-berth.jpg"></p>` +
		`<p>Jo Reed<br>Harbour Authority</p><p><img src="cid:harbour-logo.png"> <img src="cid:linkedin-icon.png"></p></body></html>`
	raw := "From: Jo Reed <press@harbour.example>\r\nTo: desk@news.example\r\nSubject: Second ferry berth opens\r\n" +
		"Date: Tue, 03 Jun 2025 09:00:00 +0100\r\nMessage-ID: <berth@harbour.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related; boundary=\"rel\"\r\n\r\n" +
		"--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n" +
		part("new-berth-aerial.jpg", "image/jpeg") + part("ferry-at-berth.jpg", "image/jpeg") +
		part("harbour-logo.png", "image/png") + part("linkedin-icon.png", "image/png") + "--rel--\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for _, a := range d.Attachments {
		if a.InRelease {
			in = append(in, a.Filename)
		}
	}
	if got, want := strings.Join(in, " "), "new-berth-aerial.jpg ferry-at-berth.jpg"; got != want {
		t.Errorf("pictures in the release: %q, want %q", got, want)
	}
}
