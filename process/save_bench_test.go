package process

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"newsdesk/process/tag"
	"newsdesk/store"
	"newsdesk/svctest"
)

// BenchmarkSaveMessages stores batches of 16 seed-corpus emails as the
// worker does (normalised beforehand, tagged in the transaction) and
// reports the CPU time the PostgreSQL backend spent per email, read from
// /proc: the pool has one connection, so one backend does all the work.
func BenchmarkSaveMessages(b *testing.B) {
	ctx := context.Background()
	s, err := store.Open(ctx, svctest.Postgres(b)+"&pool_max_conns=1")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(s.Close)
	if err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	tg, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	w := &Worker{Tags: tg}
	paths, err := filepath.Glob("../testdata/corpus/*.eml")
	if err != nil || len(paths) < 16 {
		b.Fatalf("corpus: %d emails, %v", len(paths), err)
	}
	const batch = 16
	var ms []store.Message
	for _, p := range paths[:batch] {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		m := Evaluate(filepath.Base(p), raw)
		m.MessageID, m.ContentHash = Identity(raw, 0)
		ms = append(ms, m)
	}
	var pid int
	if err := s.DB().QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&pid); err != nil {
		b.Fatal(err)
	}
	before := procCPU(b, pid)
	b.ResetTimer()
	for i := range b.N {
		for j := range ms {
			// Each round is new mail: its own source and identity (b.N
			// too: the benchmark runs again on the same database).
			ms[j].SourceKey = fmt.Sprintf("bench:%d:%d:%d", b.N, i, j)
			ms[j].ContentHash = fmt.Appendf(nil, "%d:%d:%d", b.N, i, j)
			w.tagDraft(&ms[j])
		}
		saved, err := s.SaveMessages(ctx, ms)
		if err != nil {
			b.Fatal(err)
		}
		for _, sv := range saved {
			if sv.Err != nil || sv.Outcome != store.Stored {
				b.Fatalf("saved %v, %v; want stored", sv.Outcome, sv.Err)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(procCPU(b, pid)-before)/float64(time.Millisecond)/float64(b.N*batch), "pg-ms/email")
}

// procCPU reads a process's user+system CPU time from /proc.
func procCPU(b *testing.B, pid int) time.Duration {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Skipf("backend CPU: %v", err)
	}
	// Fields after the command's closing parenthesis; utime and stime are
	// the 14th and 15th of the whole line, in clock ticks of 10 ms.
	f := bytes.Fields(stat[bytes.LastIndexByte(stat, ')')+2:])
	u, _ := strconv.ParseInt(string(f[11]), 10, 64)
	st, _ := strconv.ParseInt(string(f[12]), 10, 64)
	return time.Duration(u+st) * 10 * time.Millisecond
}
