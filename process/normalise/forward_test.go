package normalise

import (
	"strings"
	"testing"
)

// An Outlook forward in HTML sets each quoted header line in a paragraph
// of its own: they still mark the forward, and the quoted Subject line is
// not the headline.
func TestOutlookForwardHeadersAsParagraphs(t *testing.T) {
	html := `<html><body><p>Could this go in tomorrow's edition?</p><p>Tom</p>` +
		`<p><b>From:</b> Lakeside Fire Service &lt;media@lakeside-fire.example&gt;</p>` +
		`<p><b>Sent:</b> Monday, March 2, 2026 4:45 PM</p><p><b>To:</b> desk@county-news.example</p>` +
		`<p><b>Subject:</b> Firefighters free driver trapped after lorry overturns on bypass</p>` +
		`<p><b>Firefighters free driver trapped after lorry overturns on bypass</b></p>` +
		`<p>ASHBY, 2 March 2026 – Firefighters spent an hour freeing a lorry driver who was trapped in his cab after the vehicle overturned on the bypass on Monday morning.</p>` +
		`<p>The driver was taken to hospital with leg injuries, the service said.</p></body></html>`
	raw := "From: Tom Hale <tom@county-news.example>\r\nTo: desk@county-news.example\r\nSubject: FW: Firefighters free driver\r\n" +
		"Date: Mon, 02 Mar 2026 17:02:00 +0000\r\nMessage-ID: <fw1@county-news.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Firefighters free driver trapped after lorry overturns on bypass"; d.Headline != want {
		t.Errorf("headline %q, want %q", d.Headline, want)
	}
	if !strings.Contains(d.Note, "tomorrow's edition") {
		t.Errorf("note %q, want the forwarder's words", d.Note)
	}
}

// An event's dates set as "From:", "To:", "Date:" paragraphs are no
// Outlook forward: no Subject line follows them.
func TestEventDatesAreNoForward(t *testing.T) {
	html := `<html><body><p><b>Harbour museum opens its winter lantern festival</b></p>` +
		`<p>DUNDEE, 2 March 2026 – The harbour museum lights 300 hand-made lanterns along the quay for its winter festival.</p>` +
		`<p>From: 6 March 2026</p><p>To: 28 March 2026</p><p>Date: opening night Thursday 5 March, 18:00</p>` +
		`<p>Entry to the quay is free; the museum is open until 21:00 on festival nights.</p></body></html>`
	raw := "From: Harbour Museum <press@harbour-museum.example>\r\nTo: desk@county-news.example\r\nSubject: Harbour museum opens its winter lantern festival\r\n" +
		"Date: Mon, 02 Mar 2026 10:00:00 +0000\r\nMessage-ID: <ev1@harbour-museum.example>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if d.Note != "" || d.Dateline == nil || d.Dateline.Place != "DUNDEE" {
		t.Errorf("note %q, dateline %+v: want no forward and the DUNDEE dateline", d.Note, d.Dateline)
	}
}
