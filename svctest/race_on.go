//go:build race

package svctest

const raceDetector = true
