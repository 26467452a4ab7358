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

// BenchmarkRelate relates each seed draft to 20 earlier copies of itself
// and the other drafts: a resent release in the save's transaction.
func BenchmarkRelate(b *testing.B) {
	drafts := corpusDrafts(b)
	prints := make([]tag.Print, len(drafts))
	for i, d := range drafts {
		prints[i] = tag.Fingerprint(d)
	}
	for i := 0; b.Loop(); i++ {
		k := i % len(drafts)
		var cands []tag.Candidate
		for n := range 20 {
			cands = append(cands, tag.Candidate{ID: int64(n), Draft: drafts[k], MinHash: prints[k].MinHash})
		}
		for j, d := range drafts {
			cands = append(cands, tag.Candidate{ID: int64(100 + j), Draft: d, MinHash: prints[j].MinHash})
		}
		tag.Relate(drafts[k], prints[k], cands)
	}
}
