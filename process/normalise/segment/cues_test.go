package segment

import (
	"strings"
	"testing"
	"time"

	"newsdesk/process/normalise/block"
)

// TestSubjectShareAsWords: subjectShare counts the block's words as
// wordsOf splits and lowercases them, in any script.
func TestSubjectShareAsWords(t *testing.T) {
	subject := "Hafenbehörde ÖFFNET neues Terminal in İzmir — Λιμάνι Πειραιά, Порт Мурманск 2026"
	sw := map[string]bool{}
	for _, w := range wordsOf(subject) {
		sw[w] = true
	}
	for _, s := range []string{
		"", "Terminal", "Öffnet neues Terminal", "HAFENBEHÖRDE öffnet NEUES terminal in izmir",
		"İZMİR: liman yeni terminal açtı", "ΛΙΜΆΝΙ ΠΕΙΡΑΙΆ ανοίγει", "ПОРТ МУРМАНСК открыл терминал в 2026 году",
		"港湾局が新ターミナルを開設 Terminal 2026", "terminal\xff\xfeneues in", "neues—Terminal…in,İzmir!",
	} {
		ws, shared := wordsOf(s), 0
		for _, w := range ws {
			if sw[w] {
				shared++
			}
		}
		want := 0
		if len(ws) >= 3 {
			want = shared * 10 / len(ws)
		}
		if got := subjectShare(s, sw); got != want {
			t.Errorf("subjectShare(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestInputsAllocations: describing the blocks of a release allocates no
// slice of words per block: a paragraph's words are counted in place.
func TestInputsAllocations(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector's instrumentation allocates: counts only without -race")
	}
	para := strings.Repeat("The harbour authority said the new ferry terminal would open to passengers in spring. ", 8)
	var bs []block.Block
	for range 20 {
		bs = append(bs, block.Block{Kind: block.Para, Lines: []string{para}})
	}
	ref := time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC)
	dls := ReadDatelines(bs, &ref)
	allocs := testing.AllocsPerRun(20, func() { inputs(bs, dls, "New ferry terminal opens to passengers") })
	if per := allocs / float64(len(bs)); per > 6 { // 8.3 when PersonLike and subjectShare each built a slice of the words
		t.Errorf("%.1f allocations per paragraph", per)
	}
}
