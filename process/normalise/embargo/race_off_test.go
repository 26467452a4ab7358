//go:build !race

package embargo

const raceDetector = false
