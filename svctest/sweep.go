package svctest

import "testing"

// Sweep marks a long single-goroutine sweep (a corpus pass, an exhaustive
// input table): under the race detector, which finds nothing in one
// goroutine and slows such a test ten- to fiftyfold, it skips. Its name
// must end in "Sweep": deploy/dev.sh runs those tests, in every package,
// again without -race.
func Sweep(t *testing.T) {
	t.Helper()
	if raceDetector {
		t.Skip("a single-goroutine sweep: deploy/dev.sh runs it without -race")
	}
}
