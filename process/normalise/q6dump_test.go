package normalise

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestQ6Dump(t *testing.T) {
	ids := strings.Split(os.Getenv("Q6IDS"), ",")
	for _, id := range ids {
		var raw []byte
		if strings.HasPrefix(id, "i0") && len(id) == 6 {
			for _, p := range readBlindProbes(t, id[:3]) {
				if p.ID == id {
					raw = p.mail()
				}
			}
		} else {
			fs, _ := filepath.Glob("../../testdata/genre/train/" + id + "*.eml")
			raw, _ = os.ReadFile(fs[0])
		}
		s, rel := segmentedRelease(t, raw)
		n, a := sender(rel, s.Pre)
		fmt.Printf("=== %s\nFROM %q %q\nNOTE %q\nHEAD %q\n", id, n, a, rel.note, s.Headline)
		for _, b := range s.Pre {
			fmt.Printf("PRE %q\n", b.Lines)
		}
		for i, b := range s.Body {
			if i < 2 {
				fmt.Printf("BODY %q\n", b.Text())
			}
		}
		for _, b := range s.Trailer {
			fmt.Printf("TRL %q\n", b.Lines)
		}
	}
}
