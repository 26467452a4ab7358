package store

import (
	"context"
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
