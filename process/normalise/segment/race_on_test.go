//go:build race

package segment

// raceDetector: the race detector's instrumentation allocates, so
// allocation counts say nothing under it.
const raceDetector = true
