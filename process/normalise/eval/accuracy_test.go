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
