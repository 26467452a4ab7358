// Package embedpages gives back to the kernel the pages of an embedded
// table once it has been decoded. An embedded file is part of the
// binary's image: once read, its pages count in the process's resident
// set (RssFile) for as long as it runs, though nothing reads them again.
package embedpages

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"syscall"
	"unsafe"
)

// Release drops the whole pages inside b from the resident set. b must
// be an embedded file's bytes, never written to: its pages are then
// those of the binary, which the kernel reads again if b is read again
// (madvise MADV_DONTNEED). Where they are not (a binary unpacked into
// anonymous memory), dropping them would lose their contents, so Release
// does nothing.
func Release(b []byte) {
	if len(b) == 0 {
		return
	}
	page := uintptr(os.Getpagesize())
	p := unsafe.Pointer(unsafe.SliceData(b))
	skip := (page - uintptr(p)%page) % page
	if uintptr(len(b)) < skip+page || !inBinary(uintptr(p), uintptr(p)+uintptr(len(b))) {
		return
	}
	n := (uintptr(len(b)) - skip) / page * page
	_ = syscall.Madvise(unsafe.Slice((*byte)(unsafe.Add(p, skip)), n), syscall.MADV_DONTNEED)
}

// inBinary tells whether [lo, hi) lies in one mapping of the process's
// own executable file (/proc/self/maps).
func inBinary(lo, hi uintptr) bool {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return false
	}
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode path
		var start, end uintptr
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 {
			continue
		}
		if _, err := fmt.Sscanf(fields[0], "%x-%x", &start, &end); err != nil {
			continue
		}
		if start <= lo && hi <= end {
			return fields[5] == exe
		}
	}
	return false
}
