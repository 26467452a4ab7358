package ingest

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"newsdesk/config"
	"newsdesk/process"
	"newsdesk/queue"
	"newsdesk/store"
	"newsdesk/svctest"
)

// rig is a real Dovecot, a throwaway PostgreSQL database, an embedded
// JetStream and workers storing what the pollers under test queue.
type rig struct {
	t       testing.TB
	dove    *svctest.Dovecot
	st      *store.Store
	dbURL   string
	q       *queue.Queue
	metrics *Metrics
	log     *slog.Logger
}

// newRig starts the services; dovecotConf lines are added to Dovecot's.
func newRig(t *testing.T, dovecotConf ...string) *rig {
	return newRigTB(t, true, dovecotConf...)
}

// newRigTB is newRig for benchmarks too, with or without workers.
func newRigTB(t testing.TB, workers bool, dovecotConf ...string) *rig {
	t.Helper()
	ctx := context.Background()
	r := &rig{t: t, dove: svctest.StartDovecot(t, map[string]string{"desk": "desk-pw", "other": "other-pw"}, dovecotConf...)}
	var err error
	r.dbURL = svctest.Postgres(t)
	if r.st, err = store.Open(ctx, r.dbURL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.st.Close)
	if err := r.st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if r.q, err = queue.Open(ctx, queue.Options{DataDir: t.TempDir(), Prefix: "ingest_test"}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.q.Close)
	r.metrics = NewMetrics(prometheus.NewRegistry())
	level := slog.LevelWarn
	if testing.Verbose() {
		level = slog.LevelInfo
	}
	r.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	if !workers {
		return r
	}
	wctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	w := &process.Worker{Queue: r.q, Store: r.st, Log: r.log}
	wg.Go(func() { w.Run(wctx, 2) })
	t.Cleanup(func() { cancel(); wg.Wait() })
	return r
}

func (r *rig) mailbox(user, folder string) config.Mailbox {
	r.t.Helper()
	m, err := config.ParseMailbox(r.dove.URL(user, folder), "")
	if err != nil {
		r.t.Fatal(err)
	}
	return m
}

func (r *rig) poller(m config.Mailbox) *Poller {
	return &Poller{Mailbox: m, Queue: r.q, Store: r.st, Metrics: r.metrics, Log: r.log,
		Interval: time.Hour, Batch: 10, MaxMessage: 50 << 20}
}

// run starts p and returns a function that stops it and waits.
func (r *rig) run(p *Poller) (stop func()) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { p.Run(ctx); close(done) }()
	stopped := false
	stop = func() {
		if !stopped {
			stopped = true
			cancel()
			<-done
		}
	}
	r.t.Cleanup(stop)
	return stop
}

// waitFor polls cond until it holds or the timeout passes.
func (r *rig) waitFor(what string, timeout time.Duration, cond func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			r.t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (r *rig) stats() store.Stats {
	r.t.Helper()
	s, err := r.st.Stats(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return s
}

func (r *rig) waitMessages(n int64, timeout time.Duration) {
	r.t.Helper()
	r.waitFor(fmt.Sprintf("%d stored messages", n), timeout, func() bool { return r.stats().Messages >= n })
	time.Sleep(300 * time.Millisecond) // anything doubled would land now
	if got := r.stats().Messages; got != n {
		r.t.Fatalf("%d messages stored, want exactly %d", got, n)
	}
}

func (r *rig) status(mailbox string) store.MailboxStatus {
	r.t.Helper()
	all, err := r.st.MailboxStatuses(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	for _, s := range all {
		if s.Mailbox == mailbox {
			return s
		}
	}
	return store.MailboxStatus{}
}

func (r *rig) waitState(mailbox, state string) {
	r.t.Helper()
	r.waitFor(mailbox+" in state "+state, 30*time.Second, func() bool { return r.status(mailbox).State == state })
}

// queued is how many messages the pollers published for mailbox.
func (r *rig) queued(mailbox string) int {
	return int(testutil.ToFloat64(r.metrics.published.WithLabelValues(mailbox)))
}

// release makes a small, unique press release.
func release(tag string, i int) []byte {
	return fmt.Appendf(nil, "From: Press Office <press@ministry.example>\r\nTo: news@desk.example\r\n"+
		"Subject: %s release %d\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: <%s-%d@ministry.example>\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\nLONDON, 2 November 2026 – Release number %d of %s.\r\n", tag, i, tag, i, i, tag)
}

func releases(tag string, n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = release(tag, i)
	}
	return out
}
