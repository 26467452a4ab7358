package embedpages

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"os"
	"testing"
	"unsafe"
)

//go:embed testdata/table.tsv
var table []byte

// resident counts the pages of b in memory (/proc/self/pagemap's
// present bit), of the whole pages inside it.
func resident(t *testing.T, b []byte) (in, pages int) {
	t.Helper()
	f, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Fatal(err) // Linux has it for every process; the test would assert nothing without it
	}
	defer f.Close()
	page := uintptr(os.Getpagesize())
	lo := (uintptr(unsafe.Pointer(unsafe.SliceData(b))) + page - 1) / page
	hi := (uintptr(unsafe.Pointer(unsafe.SliceData(b))) + uintptr(len(b))) / page
	for p := lo; p < hi; p++ {
		var e [8]byte
		if _, err := f.ReadAt(e[:], int64(p*8)); err != nil {
			t.Fatal(err)
		}
		pages++
		if binary.LittleEndian.Uint64(e[:])>>63 == 1 {
			in++
		}
	}
	return in, pages
}

func TestReleaseDropsEmbeddedPagesAndKeepsTheirBytes(t *testing.T) {
	want, err := os.ReadFile("testdata/table.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(table, want) { // reads every page in
		t.Fatal("embedded table differs from its file before Release")
	}
	if in, pages := resident(t, table); pages < 8 || in != pages {
		t.Fatalf("before Release: %d of %d pages resident, want all of at least 8", in, pages)
	}
	Release(table)
	if in, pages := resident(t, table); in != 0 {
		t.Errorf("after Release: %d of %d pages still resident", in, pages)
	}
	if !bytes.Equal(table, want) {
		t.Error("embedded table differs from its file after Release")
	}
}

func TestReleaseLeavesMemoryOutsideTheBinary(t *testing.T) {
	b := bytes.Repeat([]byte("not in the binary "), 4096)
	want := bytes.Clone(b)
	Release(b)
	if !bytes.Equal(b, want) {
		t.Error("Release changed a heap slice")
	}
}
