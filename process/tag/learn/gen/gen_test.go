package main

import (
	"bytes"
	"io"
	"testing"

	"newsdesk/process/tag"
	"newsdesk/process/tag/learn"
)

// The embedded weights are what `go generate` makes from the corpus
// today: a changed feature, rule cue or label without regenerating fails.
func TestWeightsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on the whole corpus, five times over")
	}
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	cases, err := Load("../../../..", tg.Vocabulary())
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) < 200 {
		t.Fatalf("only %d labelled cases", len(cases))
	}
	for _, c := range cases {
		if c.Name == "" || c.Draft == nil || len(c.Labels.Topics) == 0 {
			t.Fatalf("case %+v", c.Name)
		}
	}
	if got := Train(tg, cases, io.Discard); !bytes.Equal(got, learn.Weights()) {
		t.Errorf("weights differ from the embedded ones (%d vs %d bytes): run go generate ./process/tag/learn", len(got), len(learn.Weights()))
	}
}

// A story's resends and revisions share its first case's fold, through
// chains, and a cycle in the labels ends.
func TestStoryFolds(t *testing.T) {
	cases := []Case{{Name: "x1.expected.json"}, {Name: "x2.expected.json"}, {Name: "x3.expected.json", Of: "x1"},
		{Name: "x4.expected.json", Of: "x3"}, {Name: "x5.expected.json", Of: "x6"}, {Name: "x6.expected.json", Of: "x5"}, {Name: "x7.expected.json", Of: "gone"}}
	f := storyFolds(cases)
	if f[2] != f[0] || f[3] != f[0] {
		t.Errorf("folds %v: the copies of x1 are apart", f)
	}
	if f[1] == f[0] {
		t.Errorf("folds %v: unrelated cases share a fold by position", f)
	}
	if f[6] != 6%folds {
		t.Errorf("folds %v: a case whose original is not loaded keeps its own fold", f)
	}
}
