package process

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"newsdesk/draft"
	"newsdesk/process/tag"
	"newsdesk/queue"
	"newsdesk/store"
	"newsdesk/svctest"
)

// workerRig is an embedded JetStream and a throwaway database with the
// worker running on them.
type workerRig struct {
	t  *testing.T
	q  *queue.Queue
	st *store.Store
}

func newWorkerRig(t *testing.T, ackWait time.Duration) *workerRig {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	q, err := queue.Open(ctx, queue.Options{DataDir: t.TempDir(), Prefix: "worker_test", AckWait: ackWait})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return &workerRig{t: t, q: q, st: st}
}

func (r *workerRig) start(w *Worker, n int) {
	if w.Log == nil {
		level := slog.LevelWarn
		if testing.Verbose() {
			level = slog.LevelInfo
		}
		w.Log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	}
	w.Queue, w.Store = r.q, r.st
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() { w.Run(ctx, n) })
	r.t.Cleanup(func() { cancel(); wg.Wait() })
}

func (r *workerRig) publish(m queue.Mail) {
	r.t.Helper()
	if _, err := r.q.Publish(context.Background(), m); err != nil {
		r.t.Fatal(err)
	}
}

// messages waits until n messages are stored, then a moment more for any
// that would double, and returns them.
func (r *workerRig) messages(n int) []store.MessageInfo {
	r.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		ms, err := r.st.ListMessages(context.Background(), "")
		if err != nil {
			r.t.Fatal(err)
		}
		if len(ms) >= n {
			time.Sleep(300 * time.Millisecond)
			if ms, err = r.st.ListMessages(context.Background(), ""); err != nil {
				r.t.Fatal(err)
			}
			return ms
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("%d messages stored after 30s, want %d", len(ms), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Before the fix, the three over-size emails became one row with an empty
// Message-ID, and rejected emails with equal bodies merged likewise.
func TestEveryOutcomeKeepsItsIdentity(t *testing.T) {
	r := newWorkerRig(t, 0)
	ctx := context.Background()
	uid := uint32(0)
	mail := func(raw []byte) queue.Mail {
		uid++
		return queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uid, Raw: raw}
	}
	// Over-size: the poller streams the whole into the object store and
	// queues the header block, as ingest does.
	for i := range 3 {
		m := mail(nil)
		full := fmt.Appendf(nil, "Message-ID: <big%d@x>\r\nSubject: big %d\r\n\r\n%s", i, i, bytes.Repeat([]byte("photo "), 200<<10))
		head, size, err := r.q.StoreOriginal(ctx, m.Key(), bytes.NewReader(full))
		if err != nil {
			t.Fatal(err)
		}
		m.Raw, m.Oversize, m.Original = head, size, queue.OriginalName(m.Key())
		r.publish(m)
	}
	for i := range 3 { // rejected: no subject, no readable text, same body
		r.publish(mail(fmt.Appendf(nil, "Message-ID: <rej%d@x>\r\n\r\n\x00\x01", i)))
	}
	// No Message-ID: the same body under two subjects is two emails; a
	// byte-identical copy from another mailbox is one.
	for _, s := range []string{"one", "two", "two"} {
		r.publish(mail([]byte("Subject: " + s + "\r\n\r\nLONDON, 2 November 2026 – Same text.\r\n")))
	}
	r.start(&Worker{}, 2)
	ms := r.messages(8)
	var ids []string
	for _, m := range ms {
		ids = append(ids, m.MessageID)
	}
	slices.Sort(ids)
	want := []string{"", "", "big0@x", "big1@x", "big2@x", "rej0@x", "rej1@x", "rej2@x"}
	if !slices.Equal(ids, want) {
		t.Fatalf("stored Message-IDs %q, want %q", ids, want)
	}
	for _, m := range ms {
		if m.Status == store.Rejected && m.MessageID[:3] == "big" {
			if m.RawObject == "" {
				t.Errorf("%s: no reference to its bytes", m.MessageID)
				continue
			}
			rc, err := r.q.OpenOriginal(ctx, m.RawObject)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(rc)
			rc.Close()
			if !bytes.HasPrefix(b, []byte("Message-ID: <"+m.MessageID+">")) || len(b) < 1<<20 {
				t.Errorf("%s: object holds %d bytes starting %.40q", m.MessageID, len(b), b)
			}
		}
		if m.MessageID == "" && len(m.Sources) != map[bool]int{true: 2, false: 1}[len(m.Sources) == 2] {
			t.Errorf("sources %v", m.Sources)
		}
	}
}

// Before the fix each worker prefetched messages that nothing kept alive:
// with a slow handler they outlived AckWait, went to the other worker
// while still held, and the second save was counted as a duplicate.
func TestSlowMessagesAreHandledOnce(t *testing.T) {
	r := newWorkerRig(t, time.Second)
	var mu sync.Mutex
	calls := map[string]int{}
	slow := func(key string, raw []byte) store.Message {
		mu.Lock()
		calls[key]++
		mu.Unlock()
		time.Sleep(2500 * time.Millisecond) // 2.5 × AckWait
		return Evaluate(key, raw)
	}
	const n = 6
	for i := range n {
		r.publish(queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uint32(i + 1),
			Raw: fmt.Appendf(nil, "Message-ID: <slow%d@x>\r\nSubject: slow %d\r\n\r\nLONDON, 2 November 2026 – Text %d.\r\n", i, i, i)})
	}
	met := NewMetrics(prometheus.NewRegistry())
	r.start(&Worker{Normalise: slow, Metrics: met}, 2)
	ms := r.messages(n)
	time.Sleep(3 * time.Second) // a second handling of the last ones would finish now
	if len(ms) != n {
		t.Errorf("%d messages stored, want %d", len(ms), n)
	}
	mu.Lock()
	defer mu.Unlock()
	for key, c := range calls {
		if c != 1 {
			t.Errorf("%s handled %d times", key, c)
		}
	}
	if d := testutil.ToFloat64(met.outcomes.WithLabelValues("duplicate", "drafted")); d != 0 {
		t.Errorf("%v saves counted as duplicates", d)
	}
}

// An email the store keeps refusing is stored as failed after MaxAttempts,
// with the last error; before, it was retried for ever. It shares its
// first batch with others, which are stored once each.
func TestFailingEmailEndsAsFailed(t *testing.T) {
	r := newWorkerRig(t, time.Second)
	var mu sync.Mutex
	calls := map[string]int{}
	broken := func(key string, raw []byte) store.Message {
		m := Evaluate(key, raw)
		mu.Lock()
		calls[key]++
		mu.Unlock()
		if key == "desk:1:3" {
			m.Draft = nil // a bug the store refuses
		}
		return m
	}
	const n = 12
	for i := range n {
		r.publish(queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uint32(i + 1),
			Raw: fmt.Appendf(nil, "Message-ID: <f%d@x>\r\nSubject: s %d\r\n\r\nLONDON, 2 November 2026 – Text.\r\n", i, i)})
	}
	r.start(&Worker{Normalise: broken, MaxAttempts: 3, RetryBase: 20 * time.Millisecond}, 2)
	ms := r.messages(n)
	var failed []store.MessageInfo
	for _, m := range ms {
		if m.Status == store.Failed {
			failed = append(failed, m)
		}
	}
	if len(ms) != n || len(failed) != 1 || failed[0].MessageID != "f2@x" ||
		!strings.Contains(failed[0].Reason, "gave up after 3 attempts") || !strings.Contains(failed[0].Reason, "drafted without a draft") {
		t.Fatalf("%d messages stored, failed ones %+v", len(ms), failed)
	}
	mu.Lock()
	defer mu.Unlock()
	for key, c := range calls {
		if want := map[bool]int{true: 3, false: 1}[key == "desk:1:3"]; c != want {
			t.Errorf("%s normalised %d times, want %d", key, c, want)
		}
	}
	raw, _, err := r.st.Raw(context.Background(), failed[0].ID)
	if err != nil || !bytes.Contains(raw, []byte("<f2@x>")) {
		t.Errorf("raw bytes not kept: %v %q", err, raw)
	}
}

// An email whose bytes cannot be read back from the object store is
// stored as failed after MaxAttempts, each under its own identity and
// naming its object; before, its save broke on the missing bytes and it
// was retried for ever.
func TestUnreadableEmailEndsAsFailed(t *testing.T) {
	r := newWorkerRig(t, time.Second)
	for i := range 2 {
		r.publish(queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uint32(i + 1), Object: fmt.Sprint("never-stored-", i), Size: 100})
	}
	r.start(&Worker{MaxAttempts: 2, RetryBase: 20 * time.Millisecond}, 1)
	ms := r.messages(2)
	for _, m := range ms {
		if m.Status != store.Failed || !strings.Contains(m.Reason, "gave up after 2 attempts") ||
			!strings.Contains(m.Reason, "fetch large mail") || !strings.HasPrefix(m.RawObject, "never-stored-") {
			t.Errorf("stored %+v", m)
		}
	}
	if len(ms) == 2 && ms[0].RawObject == ms[1].RawObject {
		t.Errorf("two unreadable emails merged: %+v", ms)
	}
}

// releaseMail is a short press release by email, Message-ID <id@northgate.example>,
// that the normaliser drafts.
func releaseMail(uid uint32, id, subject, sights string) queue.Mail {
	return queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uid, Raw: fmt.Appendf(nil,
		"From: Press Office <press@northgate.example>\r\nSubject: %s\r\nMessage-ID: <%s@northgate.example>\r\n\r\n"+
			"BERLIN, 4 March 2026 - Northgate Avionics will deliver %s handheld thermal sights to the federal border police by June, the company said on Wednesday.\r\n\r\n"+
			"The sights weigh under a kilogram, run for eight hours on one battery and detect a person at 1,200 metres. Deliveries start in April from the plant in Kassel.\r\n\r\n"+
			"\"Border patrols asked for lighter kit that works through fog,\" said chief executive Mara Lindqvist.\r\n",
		subject, id, sights)}
}

// A batch is prepared in parallel but stored in arrival order, in one
// transaction, so a resend and a correction find the release that came
// just before them in their own batch.
func TestBatchFindsCopiesWithinItself(t *testing.T) {
	// Two emails are prepared at once only with two threads; a one-core
	// machine still runs two.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	r := newWorkerRig(t, 0)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	r.publish(releaseMail(1, "first", "Northgate Avionics to deliver thermal sights to border police", "40"))
	r.publish(releaseMail(2, "resend", "Northgate Avionics to deliver thermal sights to border police", "40"))
	r.publish(releaseMail(3, "fix", "CORRECTION: Northgate Avionics to deliver thermal sights to border police", "48"))
	// The first two emails wait for each other: prepared one at a time,
	// they would wait out the timeout.
	var entered atomic.Int32
	together := make(chan struct{})
	normalise := func(key string, raw []byte) store.Message {
		if entered.Add(1) == 2 {
			close(together)
		}
		select {
		case <-together:
		case <-time.After(10 * time.Second):
			t.Error("the emails of a batch were prepared one at a time")
		}
		return Evaluate(key, raw)
	}
	r.start(&Worker{Normalise: normalise, Tags: tg}, 1)
	r.messages(3)
	ids := map[string]draft.Stored{}
	if err := r.st.EachDraft(context.Background(), func(d draft.Stored) error {
		ids[d.Source.MessageID] = d
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	first, resend, fix := ids["first@northgate.example"], ids["resend@northgate.example"], ids["fix@northgate.example"]
	if resend.DuplicateOf == nil || *resend.DuplicateOf != first.ID {
		t.Errorf("resend's story: %+v", resend.Tags)
	}
	if fix.RevisionOf == nil || first.ClusterID == nil || fix.ClusterID == nil || *fix.ClusterID != *first.ClusterID {
		t.Errorf("correction's story: %+v; first's: %+v", fix.Tags, first.Tags)
	}
}

// A batch stays alive while it is stored, also while its worker already
// prepares the next one: a commit slower than AckWait is not handed to a
// second worker, whose save would find it stored (a redelivery) or wait
// on it. The test holds the draft counts locked, so every save waits in
// its transaction for 2.5 × AckWait.
func TestSlowCommitsAreHandledOnce(t *testing.T) {
	r := newWorkerRig(t, time.Second)
	ctx := context.Background()
	locked, unlocked := make(chan struct{}), make(chan error, 1)
	go func() {
		unlocked <- r.st.InTx(ctx, func(q store.Querier) error {
			if _, err := q.Exec(ctx, `LOCK TABLE draft_counts IN EXCLUSIVE MODE`); err != nil {
				return err
			}
			close(locked)
			time.Sleep(2500 * time.Millisecond)
			return nil
		})
	}()
	<-locked
	var mu sync.Mutex
	calls := map[string]int{}
	count := func(key string, raw []byte) store.Message {
		mu.Lock()
		calls[key]++
		mu.Unlock()
		return Evaluate(key, raw)
	}
	const n = 6
	for i := range n {
		r.publish(releaseMail(uint32(i+1), fmt.Sprint("commit", i), fmt.Sprint("Thermal sights, order ", i), fmt.Sprint(40+i)))
	}
	met := NewMetrics(prometheus.NewRegistry())
	r.start(&Worker{Normalise: count, Metrics: met}, 2)
	if err := <-unlocked; err != nil {
		t.Fatal(err)
	}
	if ms := r.messages(n); len(ms) != n {
		t.Errorf("%d messages stored, want %d", len(ms), n)
	}
	time.Sleep(2 * time.Second) // a second handling would be stored by now
	if d := testutil.ToFloat64(met.outcomes.WithLabelValues("stored", "drafted")); d != n {
		t.Errorf("%v drafts stored, want %d", d, n)
	}
	for _, out := range []string{"redelivery", "duplicate"} {
		if d := testutil.ToFloat64(met.outcomes.WithLabelValues(out, "drafted")); d != 0 {
			t.Errorf("%v saves counted as %s", d, out)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for key, c := range calls {
		if c != 1 {
			t.Errorf("%s handled %d times", key, c)
		}
	}
}
