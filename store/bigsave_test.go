package store

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"
)

// The connection that stored a large email is closed rather than pooled:
// pgx keeps a query's encoded parameters in its connection until the next
// query, so each idle connection held a copy of the last large email.
func TestLargeSaveClosesItsConnection(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	save := func(m Message) (before, after int32) {
		t.Helper()
		before = s.pool.Stat().IdleConns()
		if _, err := s.SaveMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
		return before, s.pool.Stat().IdleConns()
	}
	if before, after := save(message("d:1:1", "<small@x>", "small")); before < 1 || after != before {
		t.Fatalf("idle connections %d before a small save, %d after; want it back in the pool", before, after)
	}
	large := Message{SourceKey: "d:1:2", MessageID: "<large@x>", ContentHash: []byte("large"),
		Raw: []byte("Subject: s\r\n\r\n" + strings.Repeat("x", 2<<20)), Status: Rejected, Reason: "not a release"}
	if before, after := save(large); after != before-1 {
		t.Errorf("idle connections %d before a large save, %d after; want its connection closed", before, after)
	}
}

// A large email's bytes stream into its row (copyRaw) rather than go in
// a Bind message, which pgx builds whole: saving one allocates far less
// than its size, and the row holds it byte for byte; a second source of
// it is recorded against that row.
func TestLargeSaveStreamsRaw(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	raw := []byte("Subject: s\r\n\r\n")
	for i := 0; len(raw) < 3<<20; i++ {
		raw = append(raw, byte(i*131), 0, 0xff, '\\', '\'')
	}
	m := Message{SourceKey: "d:1:3", MessageID: "<streamed@x>", ContentHash: []byte("streamed"), Raw: raw, Status: Rejected, Reason: "not a release"}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	out, err := s.SaveMessage(ctx, m)
	runtime.ReadMemStats(&after)
	if err != nil || out != Stored {
		t.Fatalf("save: %v, %v", out, err)
	}
	if n := after.TotalAlloc - before.TotalAlloc; n > uint64(len(raw))/2 {
		t.Errorf("saving a %d-byte email allocated %d bytes", len(raw), n)
	}
	m.SourceKey = "d:1:4"
	if out, err := s.SaveMessage(ctx, m); err != nil || out != Duplicate {
		t.Fatalf("second source: %v, %v; want a duplicate", out, err)
	}
	var got []byte
	var size, sources int
	if err := s.pool.QueryRow(ctx, `SELECT raw, size, (SELECT count(*) FROM message_sources WHERE message = m.id)
		FROM messages m WHERE message_id = $1`, m.MessageID).Scan(&got, &size, &sources); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, raw) || size != len(raw) || sources != 2 {
		t.Errorf("stored %d bytes (equal: %v), size %d, %d sources; want %d bytes, 2 sources", len(got), bytes.Equal(got, raw), size, sources, len(raw))
	}
}
