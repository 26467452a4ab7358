package mime

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestFieldLine holds fieldLine to the pattern it reads by hand, on odd
// lines and on every line of the corpus emails' first 8 KiB.
func TestFieldLine(t *testing.T) {
	re := regexp.MustCompile(`^[!-9;-~]+[ \t]*:`)
	lines := []string{"", ":", " :", "a:", "a :", "a\t \t:x", "a b:", "Subject: x", "Subject :", "X-É: x", "É: x",
		"a\x7f:", "~:", "!:", "9:", ";:", "a;b:", "From x", "a\r\n", "a \r\n:", "a:b:c", "\t:"}
	files, _ := filepath.Glob("../../../testdata/corpus/*.eml")
	more, _ := filepath.Glob("../../../testdata/genre/train/*.eml")
	for _, f := range append(files, more...) {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range bytes.SplitAfter(raw[:min(len(raw), 8192)], []byte("\n")) {
			lines = append(lines, string(l))
		}
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines read", len(lines))
	}
	for _, l := range lines {
		if got, want := fieldLine([]byte(l)), re.MatchString(l); got != want {
			t.Errorf("fieldLine(%q) = %v, the pattern says %v", l, got, want)
		}
	}
}
