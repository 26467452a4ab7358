package tag_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"newsdesk/process"
	"newsdesk/process/tag"
)

// TestCorpusTags measures the tagger on the seed corpus and holds the
// floor reached, so a change that makes tagging worse fails. More
// directories are measured (not held) when TAG_CORPUS names them,
// comma-separated; TAG_VERBOSE=1 lists every miss.
func TestCorpusTags(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := process.MeasureTags(tg, "../../testdata/corpus")
	if err != nil {
		t.Fatal(err)
	}
	logReport(t, "seed corpus", r)
	floors := []struct {
		name string
		c    tag.Counts
		min  float64
	}{
		{"top-level topics", r.Scores.TopLevel, 0.75},
		{"all topics", r.Scores.Topics, 0.70},
		{"people", r.Scores.People, 0.92},
		{"organisations", r.Scores.Organisations, 0.80},
		{"places", r.Scores.Places, 0.85},
	}
	for _, f := range floors {
		if f.c.F1() < f.min {
			t.Errorf("%s F1 %.3f below %.2f", f.name, f.c.F1(), f.min)
		}
	}
	if r.Stories.Precision() < 0.95 || r.Stories.Recall() < 0.95 {
		t.Errorf("duplicates and revisions: precision %.2f, recall %.2f; want ≥ 0.95", r.Stories.Precision(), r.Stories.Recall())
	}
	for _, dir := range strings.Split(os.Getenv("TAG_CORPUS"), ",") {
		if dir == "" {
			continue
		}
		r, err := process.MeasureTags(tg, dir)
		if err != nil {
			t.Fatal(err)
		}
		logReport(t, dir, r)
	}
}

// TestGenreTestSplitTags holds the tagger's figures on the genre corpus's
// held-out split, which nobody tunes on and the topic model never saw
// (the seed corpus above is training data now): floors a little under
// what they reach, raised as they improve, until the targets hold.
func TestGenreTestSplitTags(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := process.MeasureTags(tg, "../../testdata/genre/test", "../../testdata/genre/train")
	if err != nil {
		t.Fatal(err)
	}
	logReport(t, "genre test split", r)
	floors := []struct {
		name string
		c    tag.Counts
		min  float64
	}{ // measured on 2026-12-07 less 3 points
		{"top-level topics", r.Scores.TopLevel, 0.68},
		{"all topics", r.Scores.Topics, 0.54},
		{"people", r.Scores.People, 0.82},
		{"organisations", r.Scores.Organisations, 0.57},
		{"places", r.Scores.Places, 0.64},
	}
	for _, f := range floors {
		if f.c.F1() < f.min {
			t.Errorf("%s F1 %.3f below %.2f", f.name, f.c.F1(), f.min)
		}
	}
	if r.Stories.Precision() < 0.95 || r.Stories.Recall() < 0.95 {
		t.Errorf("duplicates and revisions: precision %.2f, recall %.2f; want ≥ 0.95", r.Stories.Precision(), r.Stories.Recall())
	}
}

func logReport(t *testing.T, label string, r process.TagReport) {
	t.Helper()
	var b bytes.Buffer
	r.Write(&b, os.Getenv("TAG_VERBOSE") != "")
	t.Logf("%s\n%s", label, b.String())
}
