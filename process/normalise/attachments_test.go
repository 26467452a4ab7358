package normalise

import (
	"encoding/base64"
	"strings"
	"testing"
)

// releasePictures inspects an HTML email with the named pictures as
// inline parts, each with its Content-ID, and lists those it counts as
// the release's.
func releasePictures(t *testing.T, html string, names ...string) string {
	t.Helper()
	jpeg := base64.StdEncoding.EncodeToString([]byte("\xff\xd8\xff\xe0 not really a picture \xff\xd9"))
	raw := "From: Jo Reed <press@harbour.example>\r\nTo: desk@news.example\r\nSubject: Second ferry berth opens\r\n" +
		"Date: Tue, 03 Jun 2025 09:00:00 +0100\r\nMessage-ID: <berth@harbour.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/related; boundary=\"rel\"\r\n\r\n" +
		"--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
	for _, name := range names {
		typ := "image/jpeg"
		if strings.HasSuffix(name, ".png") {
			typ = "image/png"
		}
		raw += "--rel\r\nContent-Type: " + typ + "; name=\"" + name + "\"\r\nContent-ID: <" + name + ">\r\n" +
			"Content-Disposition: inline; filename=\"" + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + jpeg + "\r\n"
	}
	d, err := Inspect([]byte(raw + "--rel--\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for _, a := range d.Attachments {
		if a.InRelease {
			in = append(in, a.Filename)
		}
	}
	return strings.Join(in, " ")
}

const berthRelease = `<html><body><p><b>Harbour authority opens a second ferry berth</b></p>` +
	`<p>PORTSMOUTH, 3 June 2025 – The harbour authority opened a second ferry berth on Tuesday, doubling the port's capacity for freight.</p>` +
	`<p>The berth took two years to build and cost 40 million pounds, the authority said in a statement.</p>` +
	`<p>ENDS</p><p>Media contact: Jo Reed, press office, 023 9555 0100</p>`

// Pictures a release shows below its contacts are the release's photos;
// the logo and network icons of the signature under them are not.
func TestPicturesShownBelowTheContacts(t *testing.T) {
	html := berthRelease + `<p><img src="cid:new-berth-aerial.jpg"></p><p><img src="cid:ferry-at-berth.jpg"></p>` +
		`<p>Jo Reed<br>Harbour Authority</p><p><img src="cid:harbour-logo.png"> <img src="cid:linkedin-icon.png"></p></body></html>`
	got := releasePictures(t, html, "new-berth-aerial.jpg", "ferry-at-berth.jpg", "harbour-logo.png", "linkedin-icon.png")
	if want := "new-berth-aerial.jpg ferry-at-berth.jpg"; got != want {
		t.Errorf("pictures in the release: %q, want %q", got, want)
	}
}

// An inline picture the HTML shows nowhere counts as an attached photo,
// unless its name says it is a logo or an icon: the signature's, its
// reference lost when the client rewrote the message.
func TestInlinePicturesShownNowhere(t *testing.T) {
	got := releasePictures(t, berthRelease+`</body></html>`, "berth-at-dusk.jpg", "authority-crest.png")
	if want := "berth-at-dusk.jpg"; got != want {
		t.Errorf("pictures in the release: %q, want %q", got, want)
	}
}
