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
