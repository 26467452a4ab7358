package process

import (
	"encoding/json"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"newsdesk/process/tag"
)

// BenchmarkPrepare is a worker's own CPU per email outside PostgreSQL:
// what prepare does to a first delivery (normalise, tag, fingerprint,
// identity) and the JSON the save sends of the draft and its tags, one
// email per op over a corpus in turn. Relating to stored drafts needs the
// database (BenchmarkSaveMessages). Run with -cpu 1; cpu-ns/op is the
// process's user+system time (the PDF case's pdftotext included).
func BenchmarkPrepare(b *testing.B) {
	tg, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct{ name, glob string }{
		{"genre-train", "../testdata/genre/train/*.eml"},
		{"corpus", "../testdata/corpus/*.eml"},
	} {
		b.Run(c.name, func(b *testing.B) {
			raws := readEmails(b, c.glob)
			b.ReportAllocs()
			cpu := processCPU()
			for i := 0; b.Loop(); i++ {
				raw := raws[i%len(raws)]
				m := Evaluate("bench", raw)
				m.MessageID, m.ContentHash = Identity(raw, 0)
				if m.Draft == nil {
					continue
				}
				t := tagsOf(tg, m.Draft)
				if _, err := json.Marshal(m.Draft); err != nil {
					b.Fatal(err)
				}
				if _, err := json.Marshal(t.tags); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((processCPU()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
}

func readEmails(b *testing.B, glob string) [][]byte {
	files, err := filepath.Glob(glob)
	if err != nil || len(files) == 0 {
		b.Fatalf("no emails in %s: %v", glob, err)
	}
	raws := make([][]byte, len(files))
	for i, f := range files {
		if raws[i], err = os.ReadFile(f); err != nil {
			b.Fatal(err)
		}
	}
	return raws
}

// processCPU is the user plus system time of the process and its
// waited-for children so far, GC included.
func processCPU() time.Duration {
	var self, children syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children)
	return time.Duration(self.Utime.Nano() + self.Stime.Nano() + children.Utime.Nano() + children.Stime.Nano())
}
