//go:build race

package publish

// raceDetector: the race detector slows everything 5–10×, so timing
// bounds are reported, not enforced.
const raceDetector = true
