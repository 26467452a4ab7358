package process

import (
	"os"
	"path/filepath"
	"testing"

	"newsdesk/process/tag"
)

// copyCase copies corpus case name (its .eml, and its labels when
// labelled) into dir as newName.
func copyCase(t *testing.T, name, dir, newName string, labelled bool) {
	t.Helper()
	exts := []string{".eml"}
	if labelled {
		exts = append(exts, ".expected.json")
	}
	for _, ext := range exts {
		b, err := os.ReadFile(filepath.Join("../testdata/corpus", name+ext))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, newName+ext), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// Stories are judged in arrival order (Date header), history included:
// a resend that sorts first by name, or sits in the history directory,
// is still the later copy; a label naming a case in neither directory is
// not counted.
func TestMeasureTagsStoriesInArrivalOrder(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	const orig, resend = "01-nato-kfor-plain-qp", "18-nato-kfor-resend" // resend: a day later, duplicate_of orig
	measure := func(dir string, history ...string) tag.Counts {
		t.Helper()
		r, err := MeasureTags(tg, dir, history...)
		if err != nil {
			t.Fatal(err)
		}
		return r.Stories
	}

	both := t.TempDir()
	copyCase(t, orig, both, orig, true)
	copyCase(t, resend, both, "00-resend", true) // first by name, second by date
	if got := measure(both); got != (tag.Counts{TP: 1}) {
		t.Errorf("both in one directory: %+v, want the resend found", got)
	}

	cur, hist := t.TempDir(), t.TempDir()
	copyCase(t, orig, cur, orig, true)
	copyCase(t, resend, hist, resend, false)
	if got := measure(cur, hist); got != (tag.Counts{}) {
		t.Errorf("the original measured with its later resend as history: %+v, want nothing found", got)
	}

	alone := t.TempDir()
	copyCase(t, resend, alone, resend, true)
	if got := measure(alone); got != (tag.Counts{}) {
		t.Errorf("a resend whose original is absent: %+v, want neither found nor missed", got)
	}
}
