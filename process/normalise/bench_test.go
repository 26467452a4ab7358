package normalise

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"newsdesk/process/normalise/block"
	"newsdesk/process/normalise/lang"
	"newsdesk/process/normalise/mime"
)

// BenchmarkInspect is the whole normaliser, parse to draft, one email per
// op over the corpus in turn (the PDF case runs pdftotext). Run with
// -cpu 1; bench/parse/run.sh compares it with Node and Python parsers.
func BenchmarkInspect(b *testing.B) {
	inspect := func(raw []byte) {
		if _, err := Inspect(raw); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("corpus", func(b *testing.B) { benchCorpus(b, corpus(b), inspect) })
	// Without the PDF case, whose pdftotext run is most of the corpus's time.
	var noPDF []corpusCase
	for _, c := range corpus(b) {
		if !strings.Contains(c.name, "pdf") {
			noPDF = append(noPDF, c)
		}
	}
	b.Run("without-pdf", func(b *testing.B) { benchCorpus(b, noPDF, inspect) })
	// The generated training corpus: more emails, more languages.
	b.Run("genre-train", func(b *testing.B) { benchCorpus(b, genreTrain(b), inspect) })
}

func genreTrain(b *testing.B) []corpusCase {
	files, err := filepath.Glob("../../testdata/genre/train/*.eml")
	if err != nil || len(files) == 0 {
		b.Fatalf("no emails in ../../testdata/genre/train: %v", err)
	}
	var cases []corpusCase
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		cases = append(cases, corpusCase{name: filepath.Base(f), raw: raw})
	}
	return cases
}

// BenchmarkParseMIME is the MIME stage alone (headers, tree walk,
// transfer and charset decoding), the work the other parsers do.
func BenchmarkParseMIME(b *testing.B) {
	benchCorpus(b, corpus(b), func(raw []byte) {
		w := &mime.Walker{}
		if _, err := w.ReadMessage(raw, 0); err != nil {
			b.Fatal(err)
		}
	})
}

func benchCorpus(b *testing.B, cases []corpusCase, f func([]byte)) {
	size := 0
	for _, c := range cases {
		size += len(c.raw)
	}
	b.SetBytes(int64(size / len(cases)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; b.Loop(); i++ {
		f(cases[i%len(cases)].raw)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	// CPU time next to wall time: on a shared machine the wall clock
	// mostly measures the neighbours.
	b.ReportMetric(float64((cpuTime()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// cpuTime is the user plus system time of the process and its waited-for
// children (pdftotext) so far, GC included.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	var ch syscall.Rusage // pdftotext, once waited for
	syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ch)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano() + ch.Utime.Nano() + ch.Stime.Nano())
}

func BenchmarkDetectLanguage(b *testing.B) {
	text := block.RenderText(block.TextBlocks(string(corpusEmail(b, "01-nato-kfor-plain-qp"))))
	b.ReportAllocs()
	for b.Loop() {
		lang.Detect(text)
	}
}

// TestLanguageTablesMemory measures what the language detector's tables
// cost by building them again and reading the heap.
func TestLanguageTablesMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	idx := map[string][]string{}
	for lang, ws := range lang.StopWords {
		for _, w := range strings.Fields(ws) {
			idx[w] = append(idx[w], lang)
		}
	}
	runtime.ReadMemStats(&after)
	cost := after.TotalAlloc - before.TotalAlloc
	t.Logf("language detector tables: %d words, %d bytes allocated", len(idx), cost)
	if cost > 1<<20 {
		t.Errorf("language tables cost %d bytes, want well under 1 MiB", cost)
	}
	runtime.KeepAlive(idx)
}

// TestInspectMemoryOnLargeMessage: a 25 MB email (a video attached)
// costs a small multiple of its size, not hundreds of MB: attachments are
// measured as they stream past, never held.
func TestInspectMemoryOnLargeMessage(t *testing.T) {
	var b strings.Builder
	b.WriteString("From: a@b.example\r\nSubject: Video\r\nDate: Mon, 3 Mar 2025 10:00:00 +0000\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n")
	b.WriteString("--x\r\nContent-Type: text/plain\r\n\r\nSee the video.\r\n--x\r\nContent-Type: video/mp4; name=clip.mp4\r\nContent-Transfer-Encoding: base64\r\n\r\n")
	line := strings.Repeat("QUJD", 19) + "\r\n"
	for b.Len() < 25<<20 {
		b.WriteString(line)
	}
	b.WriteString("--x--\r\n")
	raw := []byte(b.String())
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := Inspect(raw)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("25 MB email: %d MB allocated, attachment %d bytes", alloc>>20, d.Attachments[0].Size)
	if alloc > 3*uint64(len(raw)) {
		t.Errorf("%d MB allocated for a %d MB email", alloc>>20, len(raw)>>20)
	}
	if d.Attachments[0].Size < 18<<20 {
		t.Errorf("attachment size %d, want about 19 MB", d.Attachments[0].Size)
	}
}
