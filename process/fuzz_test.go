package process

import (
	"testing"
	"unicode/utf8"
)

// FuzzInspect feeds mutated corpus emails through every stage: no input
// may panic, and whatever comes out must be storable text.
func FuzzInspect(f *testing.F) {
	for _, c := range corpus(f) {
		// Mutating a 300 KB seed costs the engine more than it finds;
		// TestInspectCorpus covers the big cases.
		if len(c.raw) <= 64<<10 {
			f.Add(c.raw)
		}
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		m := Evaluate("fuzz:1:1", raw)
		if m.Status == "failed" {
			t.Fatalf("processing failed: %s", m.Reason)
		}
		if m.Draft == nil {
			return
		}
		for _, s := range []string{m.Draft.Headline, m.Draft.BodyText, m.Draft.Source.Subject, m.Draft.Source.From, m.Draft.Source.MessageID} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in %q", s)
			}
		}
	})
}
