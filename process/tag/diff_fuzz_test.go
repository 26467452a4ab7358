package tag

import (
	"slices"
	"strings"
	"testing"
)

// rebuild returns one side of a diff: every paragraph but those marked drop.
func rebuild(d []DiffOp, drop string) []string {
	var out []string
	for _, op := range d {
		if op.Op != drop {
			out = append(out, op.Text)
		}
	}
	return out
}

// FuzzDiffParagraphs: whatever the bodies, the diff's kept and removed
// paragraphs are the old body's, its kept and added ones the new body's
// (the desk shows this diff for revisions).
func FuzzDiffParagraphs(f *testing.F) {
	f.Add("a\n\nb\n\nc", "a\n\nc\n\nd")
	f.Add("", "x")
	f.Add("same\n\nsame", "same")
	f.Add("Intro.\n\nSales rose 5%.", "Intro.\r\n\r\nSales rose 7%.\n\n\n\nOutro.")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 4000 || len(b) > 4000 {
			return
		}
		pa, pb := paragraphs(a), paragraphs(b)
		if len(pa) > maxDiffParagraphs || len(pb) > maxDiffParagraphs {
			return // compared on their first paragraphs only, by design
		}
		d := DiffParagraphs(a, b)
		if got := rebuild(d, "+"); !slices.Equal(got, pa) {
			t.Fatalf("old side %q != %q", got, pa)
		}
		if got := rebuild(d, "-"); !slices.Equal(got, pb) {
			t.Fatalf("new side %q != %q", got, pb)
		}
		for _, op := range d {
			if strings.TrimSpace(op.Text) == "" {
				t.Fatalf("blank paragraph in %v", d)
			}
		}
	})
}
