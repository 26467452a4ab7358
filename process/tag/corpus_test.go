package tag_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"newsdesk/process"
	"newsdesk/process/tag"
	"newsdesk/svctest"
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
	holdFloors(t, r, 0.75, 0.70, 0.92, 0.80, 0.85)
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

// TestGenreTestSplitTagsSweep holds the tagger's figures on the genre corpus's
// held-out split, which nobody tunes on and the topic model never saw
// (the seed corpus above is training data now): floors a little under
// what they reach, raised as they improve, until the targets hold.
func TestGenreTestSplitTagsSweep(t *testing.T) {
	svctest.Sweep(t)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := process.MeasureTags(tg, "../../testdata/genre/test", "../../testdata/genre/train")
	if err != nil {
		t.Fatal(err)
	}
	logReport(t, "genre test split", r)
	// 219 cases after writers m, n and o (fifth 2026-12-07 session),
	// less ~1-2 points (top 0.700, all 0.579, people 0.847, orgs 0.645,
	// places 0.633): m's unseen cases in ten new languages pulled every
	// figure down. People fell from its 0.85 target to 0.81 when writer
	// l's cases joined, so it is a floor again. The entities session
	// (2026-12-07) raised people to 0.854, orgs 0.657, places 0.642.
	// 271 cases after writers r, s and t (seventh session), whose unseen
	// cases (orgs 0.49-0.63, places 0.54-0.55) pulled orgs to 0.637 and
	// places to 0.627 with no change of code; the entities fixes of that
	// session raised them again (see the issue 8 note for the figures).
	// 304 cases after writers v and w (eighth session), whose unseen
	// people (0.655, 0.676) the people fixes of that session raised; the
	// split's people F1 reached 0.862, so its target is the floor again.
	// The places fixes of the ninth session (places11) raised places
	// 0.628 -> 0.632; its organisation fixes (Greek heads, fields after a
	// generic word, sub-units) took orgs from 0.659 to 0.662.
	holdFloors(t, r, 0.69, 0.57, 0.85, 0.65, 0.62)
}

// holdFloors fails t when a micro-F1 falls under its floor (top-level
// topics, all topics, people, organisations, places) or duplicates and
// revisions under 0.95 precision or recall.
func holdFloors(t *testing.T, r process.TagReport, top, all, people, orgs, places float64) {
	t.Helper()
	for _, f := range []struct {
		name string
		c    tag.Counts
		min  float64
	}{
		{"top-level topics", r.Scores.TopLevel, top},
		{"all topics", r.Scores.Topics, all},
		{"people", r.Scores.People, people},
		{"organisations", r.Scores.Organisations, orgs},
		{"places", r.Scores.Places, places},
	} {
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
