package tag_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"newsdesk/draft"
	"newsdesk/process/normalise"
	"newsdesk/process/tag"
)

// BenchmarkTag tags the seed corpus's drafts in turn: the cost tagging
// adds to each email (normalising is not counted).
func BenchmarkTag(b *testing.B) {
	tg, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	drafts := corpusDrafts(b)
	var took []time.Duration
	for i := 0; b.Loop(); i++ {
		d := drafts[i%len(drafts)]
		start := time.Now()
		tg.Tag(d)
		tag.Fingerprint(d)
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Nanoseconds()), "p50-ns")
}

// BenchmarkFingerprint is Fingerprint alone over the seed corpus's drafts.
func BenchmarkFingerprint(b *testing.B) {
	drafts := corpusDrafts(b)
	for i := 0; b.Loop(); i++ {
		tag.Fingerprint(drafts[i%len(drafts)])
	}
}

// corpusDrafts are the press releases of the seed corpus, normalised.
func corpusDrafts(b *testing.B) []*draft.Draft {
	files, _ := filepath.Glob("../../testdata/corpus/*.eml")
	var drafts []*draft.Draft
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		if d, err := normalise.Inspect(raw); err == nil && d.Kind == draft.PressRelease {
			drafts = append(drafts, d)
		}
	}
	if len(drafts) == 0 {
		b.Fatal("no drafts")
	}
	return drafts
}

// BenchmarkNew is the one-off cost of parsing the embedded tables.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := tag.New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarked is the revision-marker test alone over the seed
// corpus's drafts: the worker runs it once per new press release.
func BenchmarkMarked(b *testing.B) {
	drafts := corpusDrafts(b)
	for i := 0; b.Loop(); i++ {
		tag.Marked(drafts[i%len(drafts)])
	}
}
