package ingest

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// Before the fix the reader went on idling for up to IdleRecheck after its
// lock connection died, while a standby took the lock and read too.
//
// The lock's backend is ended with pg_terminate_backend, which is what a
// PostgreSQL restart does to every session, without restarting the local
// cluster that other tests share.
func TestLostLockEndsIdleAtOnce(t *testing.T) {
	r := newRig(t)
	mb := r.mailbox("desk", "INBOX")
	var leaderLog syncBuffer
	leader := r.poller(mb)
	leader.Log = slog.New(slog.NewTextHandler(&leaderLog, nil))
	r.run(leader)
	r.dove.Append(t, "desk", "INBOX", releases("before", 3))
	r.waitMessages(3, 30*time.Second)
	r.waitState(mb.Name, "idle")
	r.run(r.poller(mb)) // the standby
	time.Sleep(500 * time.Millisecond)

	ctx := context.Background()
	db, err := pgx.Connect(ctx, r.dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	var n int
	err = db.QueryRow(ctx, `SELECT count(pg_terminate_backend(pid)) FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&n)
	if err != nil || n != 1 {
		t.Fatalf("terminated %d lock holders: %v", n, err)
	}
	start := time.Now()
	r.waitFor("the reader to notice its lost lock", 5*time.Second, func() bool {
		return strings.Contains(leaderLog.String(), "lost the mailbox lock")
	})
	t.Logf("the reader stopped %s after its lock connection died", time.Since(start).Round(time.Millisecond))
	r.dove.Append(t, "desk", "INBOX", releases("after", 5))
	r.waitMessages(8, 30*time.Second)
	if got := r.queued(mb.Name); got != 8 {
		t.Errorf("published %d times for 8 messages", got)
	}
}

// syncBuffer collects log lines written and read by different goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
