//go:build race

package normalise

// raceDetector: timing bounds do not hold under the race detector.
const raceDetector = true
