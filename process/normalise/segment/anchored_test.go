package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/process/normalise/prefilter"
	"newsdesk/svctest"
)

// TestAnchoredSameAnswersSweep: the anchored patterns, which run only the
// branches that may open in a text's first runes, answer as the plain
// patterns on every line and paragraph of the corpus and train emails and
// on cues behind odd leading runs.
func TestAnchoredSameAnswersSweep(t *testing.T) {
	svctest.Sweep(t)
	patterns := map[string]*prefilter.Regexp{
		"ReleaseLabel": ReleaseLabel, "EndMarker": EndMarker, "TrailerHead": TrailerHead, "TrailerLabel": TrailerLabel,
		"footer": footer, "caption": caption, "callToAction": callToAction, "Greeting": Greeting,
	}
	texts := []string{"", " ", "—", "«Über uns", "ÜBER UNS", "* * *", "-- ", "--", "- ENDS -", "###", "Ende", "30",
		"ſincerely", "\u212Aontakt:", "\xffPress release", "Ⓟress release", "«Press release»", "1. Press release",
		"Media & Press release", "Having trouble viewing this email?", "Ref: 12", "no. 5", "Dear all,", "Photo: NATO"}
	files, _ := filepath.Glob("../../../testdata/corpus/*.eml")
	train, _ := filepath.Glob("../../../testdata/genre/train/*.eml")
	seen := map[string]bool{}
	for _, f := range append(files, train...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.ReplaceAll(string(raw), "\r\n", "\n")
		for _, part := range append(strings.Split(s, "\n"), strings.Split(s, "\n\n")...) {
			// Both forms of each pattern see the same text, so a cut
			// paragraph is as fair a test as a whole one; the cap and the
			// dedup keep base64 attachments (hundreds of KB each) out of a
			// test that the race detector slows tenfold.
			if len(part) > 1000 {
				part = part[:1000]
			}
			if !seen[part] {
				seen[part] = true
				texts = append(texts, part)
			}
		}
	}
	if len(texts) < 10000 {
		t.Fatalf("only %d texts", len(texts))
	}
	for name, re := range patterns {
		if !re.Anchored() {
			t.Errorf("%s: not split by its opening runes", name)
		}
		for _, s := range texts {
			for _, v := range []string{s, strings.TrimSpace(s), "» " + strings.TrimSpace(s), "é" + s} {
				if got, want := re.MatchString(v), re.Regexp.MatchString(v); got != want {
					t.Errorf("%s.MatchString(%.80q) = %v, the plain pattern says %v", name, v, got, want)
				}
			}
		}
	}
}
