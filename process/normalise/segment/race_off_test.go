//go:build !race

package segment

const raceDetector = false
