//go:build race

package embargo

// raceDetector: the whole pattern runs ~20× slower under the race
// detector, which has nothing to find in a pure function.
const raceDetector = true
