//go:build !linux

package embedpages

// Release does nothing outside Linux.
func Release(b []byte) {}
