package normalise

import (
	"strings"
	"testing"
)

// TestOutlookTextPart: Outlook's text alternative runs paragraphs
// together without blank lines; read alone, it still segments.
func TestOutlookTextPart(t *testing.T) {
	raw := string(corpusEmail(t, "02-mod-outlook-html"))
	// Keep only the text/plain alternative: drop the HTML part's type so
	// the walker sees a text attachment it ignores.
	raw = strings.Replace(raw, "Content-Type: text/html", "Content-Type: application/x-dropped", 1)
	d, err := Inspect([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	if d.Headline != "UK to send battalion to reinforce NATO peacekeepers in Kosovo" || d.Dateline == nil || d.Dateline.Place != "LONDON" {
		t.Errorf("headline %q dateline %+v", d.Headline, d.Dateline)
	}
	if !strings.HasPrefix(d.BodyText, "The United Kingdom will place") || !strings.HasSuffix(d.BodyText, "autumn of 2023.") {
		t.Errorf("body %.60q … %.60q", d.BodyText, d.BodyText[max(0, len(d.BodyText)-60):])
	}
}
