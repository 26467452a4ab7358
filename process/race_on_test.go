//go:build race

package process

// raceDetector: timing bounds do not hold under the race detector.
const raceDetector = true
