package desk

import (
	"slices"
	"strings"
	"testing"
)

// rebuild returns one side of a diff: every paragraph but those marked drop.
func rebuild(d []diffOp, drop string) []string {
	var out []string
	for _, op := range d {
		if op.Op != drop {
			out = append(out, op.Text)
		}
	}
	return out
}

func TestDiffParagraphs(t *testing.T) {
	old := "Intro.\n\nSales rose 5%.\n\nOutro."
	upd := "Intro.\r\n\r\nSales rose 7%.\n\n\n\nOutro.\n\nContact: press@example.com"
	got := diffParagraphs(old, upd)
	want := []diffOp{{"=", "Intro."}, {"-", "Sales rose 5%."}, {"+", "Sales rose 7%."}, {"=", "Outro."}, {"+", "Contact: press@example.com"}}
	if !slices.Equal(got, want) {
		t.Errorf("diff = %v\nwant %v", got, want)
	}
	if d := diffParagraphs("", ""); len(d) != 0 {
		t.Errorf("empty bodies: %v", d)
	}
}

// FuzzDiffParagraphs: whatever the bodies, the diff's kept and removed
// paragraphs are the old body's, its kept and added ones the new body's.
func FuzzDiffParagraphs(f *testing.F) {
	f.Add("a\n\nb\n\nc", "a\n\nc\n\nd")
	f.Add("", "x")
	f.Add("same\n\nsame", "same")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 4000 || len(b) > 4000 {
			return
		}
		pa, pb := paragraphs(a), paragraphs(b)
		if len(pa) > maxDiffParagraphs || len(pb) > maxDiffParagraphs {
			return // compared on their first paragraphs only, by design
		}
		d := diffParagraphs(a, b)
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
