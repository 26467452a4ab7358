package main

import (
	"bytes"
	"testing"

	"newsdesk/process/normalise/segment/learn"
)

// The embedded weights are what `go generate` makes from the corpus
// today: a changed feature, rule cue or brief without regenerating fails.
func TestWeightsReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("trains on the whole train split")
	}
	seqs, st, err := Load("../../../../../testdata/genre", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d emails, %d blocks, %d aligned with their brief", st.Emails, st.Blocks, st.Aligned)
	if st.Aligned*100 < st.Blocks*90 {
		t.Errorf("only %d of %d blocks aligned", st.Aligned, st.Blocks)
	}
	if got := Train(seqs); !bytes.Equal(got, learn.Weights()) {
		t.Errorf("weights differ from the embedded ones (%d vs %d bytes): run go generate ./process/normalise/segment/learn", len(got), len(learn.Weights()))
	}
}

func TestAlign(t *testing.T) {
	b := brief{}
	b.Release = &release{Headline: "Acme opens a depot", Paragraphs: []string{"Acme has opened a depot in Leeds.", "It will end the backlog."},
		EndMarker: ptr("ENDS"), Contacts: []string{"Media contact:", "Sam Lee"}}
	b.Release.Dateline = ptr("LEEDS, 3 March 2025 –")
	parts := b.parts()
	for _, c := range []struct {
		block string
		want  learn.Role
	}{
		{"**Acme opens a depot**", learn.Headline},
		{"LEEDS, 3 March 2025 – Acme has opened a depot in Leeds.", learn.Body}, // the longer match wins
		{"LEEDS, 3 March 2025 –", learn.Dateline},
		{"- ENDS -", learn.End},
		{"# # #", learn.Other},                   // this brief's marker is ENDS
		{"It will end the backlog.", learn.Body}, // "end" inside a word run is not the marker
		{"Media contact: Sam Lee", learn.Contact},
		{"Sent from my iPhone", learn.Other},
	} {
		if got := align(c.block, parts); got != c.want {
			t.Errorf("align(%q) = %s, want %s", c.block, got, c.want)
		}
	}
}

func ptr(s string) *string { return &s }
