package normalise

import (
	"sort"
	"strings"
	"testing"
)

// TestMentionKeepsStory: a paragraph of the story that gives a social
// handle or an address ("… X: @HarbourRobotics", "Residents … can write
// to leeds@….") is no contact block: the body goes on below it, in every
// language of the probes, as text and as HTML. Before the labeller read
// such paragraphs without their handles and addresses, 97 of these 224
// releases lost the rest of the story (12 now).
func TestMentionKeepsStory(t *testing.T) {
	var langs []string
	for l := range probeBodies {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	mentions := []func(b [3]string) string{
		func(b [3]string) string { return b[0] + ". X: @HarbourRobotics" },
		func(b [3]string) string { return "X: @HarbourRobotics · Instagram: @harbour.robotics" },
		func(b [3]string) string {
			return "Residents with questions about the new yard can write to leeds@harbour-robotics.example."
		},
		func(b [3]string) string {
			return "The company will stream the opening live on its X account @HarbourRobotics from 10 am."
		},
	}
	lost, all := 0, 0
	for _, l := range langs {
		b := probeBodies[l]
		for m, mention := range mentions {
			for _, asHTML := range []bool{false, true} {
				p := contactProbe{lang: l, html: asHTML, block: "Jane Ellery\n+44 131 555 0142\njane.ellery@harbour-robotics.example"}
				body := []string{b[1], mention(b), b[2]}
				d, err := Inspect(mentionMail(p, body))
				if err != nil {
					t.Fatal(err)
				}
				all++
				if !strings.Contains(d.BodyText, b[2][:20]) {
					lost++
					t.Logf("%s mention %d html=%v: the story under the mention is lost", l, m, asHTML)
				}
				if len(d.Contacts) != 1 {
					t.Errorf("%s mention %d html=%v: contacts %q, want Jane Ellery's alone", l, m, asHTML, showContacts(d.Contacts))
				}
			}
		}
	}
	t.Logf("lost %d of %d", lost, all)
	if lost*10 > all {
		t.Errorf("the story under a mention is lost in %d of %d releases, want at most a tenth", lost, all)
	}
}

// mentionMail is probeMail's email with the release's paragraphs given.
func mentionMail(p contactProbe, paras []string) []byte {
	b := probeBodies[p.lang]
	ctype, body := "text/plain", b[0]+"\n\n"+strings.Join(paras, "\n\n")+"\n\n"+p.block
	if p.html {
		ctype = "text/html"
		body = "<html><body><h1>" + b[0] + "</h1><p>" + strings.Join(paras, "</p><p>") + "</p><p>" + strings.ReplaceAll(p.block, "\n", "<br>") + "</p></body></html>"
	}
	return []byte("From: Harbour Robotics <news@harbour-robotics.example>\r\nTo: news@desk.example\r\nSubject: " + b[0] +
		"\r\nDate: Tue, 03 Jun 2025 09:14:00 +0200\r\nMIME-Version: 1.0\r\nContent-Type: " + ctype +
		"; charset=utf-8\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n") + "\r\n")
}
