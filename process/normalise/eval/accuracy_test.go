package eval

import (
	"os"
	"testing"
)

// TestCorpusAccuracy holds the normaliser to the accuracy targets of the
// normalisation issue on the corpus: these are the measures also taken
// on emails nobody on the team has seen.
func TestCorpusAccuracy(t *testing.T) {
	a, err := MeasureDir("../../../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		a.Write(os.Stdout, true)
	}
	if len(a.Fields) != 12 {
		t.Errorf("%d fields scored, want 12", len(a.Fields))
	}
	for _, f := range a.Fields {
		if f.Target <= 0 || f.Total == 0 {
			t.Errorf("%s: target %v over %d cases: not enforced", f.Name, f.Target, f.Total)
		}
		if f.Rate() < f.Target {
			t.Errorf("%s: %d/%d right, below the %.0f%% target: %q", f.Name, f.Right, f.Total, f.Target*100, f.Wrong)
		}
	}
	if len(a.EmbargoMissed) > 0 {
		t.Errorf("embargoed releases reported as free to publish: %v", a.EmbargoMissed)
	}
}

// TestGenreTestSplit measures the held-out split of the generated corpus,
// which nobody tunes on. Fields that reached the target are held
// to it; the rest are held to a floor a little under what they reach
// today, so a change that makes them worse fails while they are worked on.
// Raise a floor whenever a field improves; drop it once the target holds.
func TestGenreTestSplit(t *testing.T) {
	a, err := MeasureDir("../../../testdata/genre/test")
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		a.Write(os.Stdout, false)
	}
	// Below target on the 219 cases after writers m, n and o (fifth
	// 2026-12-07 session): measured − ~1–2 points (kind 214/219,
	// contacts 163/187, issuer 125/187, body_excludes 176/187); the
	// other fields are held to targets.
	// Raised on the 324 cases after writers x and y (ninth session):
	// contacts 251/282, issuer 199/282.
	floors := map[string]float64{"kind": 0.97, "contacts": 0.87, "issuer": 0.69, "body_excludes": 0.93}
	for _, f := range a.Fields {
		want, below := floors[f.Name]
		if !below {
			want = f.Target
		}
		if f.Rate() < want {
			t.Errorf("%s: %d/%d right (%.1f%%), below %.0f%%", f.Name, f.Right, f.Total, f.Rate()*100, want*100)
		}
		if below && f.Rate() >= f.Target {
			t.Logf("%s reaches its %.0f%% target now: enforce it (drop its floor)", f.Name, f.Target*100)
		}
	}
	if len(a.EmbargoMissed) > 0 {
		t.Errorf("embargoed releases reported as free to publish: %v", a.EmbargoMissed)
	}
}
