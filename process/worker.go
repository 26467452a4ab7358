package process

import (
	"context"
	"errors"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"newsdesk/process/tag"
	"newsdesk/queue"
	"newsdesk/store"
)

// Worker takes raw emails off the queue, processes them and stores the
// result, acknowledging each only after PostgreSQL committed it.
type Worker struct {
	Queue *queue.Queue
	Store *store.Store
	Log   *slog.Logger
	// Normalise turns one email into what to store; nil means Evaluate.
	Normalise func(key string, raw []byte) store.Message
	Metrics   *Metrics // nil records nothing
	// MaxAttempts is how many attempts may end unfinished (worker killed,
	// store refusing) before the email is stored as failed; 0 means 5.
	MaxAttempts int
	RetryBase   time.Duration // first delay before a retry, doubling to a minute; 0 means 1s

	// failing is set while saves fail, so an outage is logged when it
	// starts and ends rather than once per message retried.
	failing atomic.Bool
	Tags    *tag.Tagger // tags each draft in the transaction that stores it; nil stores drafts untagged
	// Memory is the raw email bytes the workers hold at once (memoryBudget);
	// 0 means DefaultMemory.
	Memory int64
	memory *memoryBudget
	batch  int // emails per batch: maxBatch, or fewer when the lock table is small (batchFor)
	stages stageTimes
}

// drainTimeout bounds how long the messages in hand may take to finish
// after shutdown begins; past it they are redelivered later.
const drainTimeout = 30 * time.Second

// pullWait is how long one pull request waits for a message.
const pullWait = 10 * time.Second

// A worker stores up to maxBatch emails in one transaction. Past a few
// dozen the WAL flush saved per email is already small beside the work on
// it, while every email in hand waits for the slowest in its batch.
// maxBatchBytes bounds what a batch holds, so big mail does not pile up.
const (
	maxBatch      = 16
	maxBatchBytes = 4 << 20
	// restWait bounds the wait for the rest of a batch the server said
	// was pending; another worker may have taken it.
	restWait = 50 * time.Millisecond
)

// Run processes messages with n concurrent workers until ctx is cancelled,
// then finishes the messages already pulled and returns.
//
// Each worker pulls only when it can take the messages in hand, and keeps
// every message it holds alive from arrival: a message fetched ahead sits
// in a client buffer where nothing keeps it alive, so after AckWait the
// server would hand it to a second worker while the first still holds it.
// It waits for one message, then takes at once what else is pending, up
// to a batch, prepares it and stores it in one transaction (see handle),
// pulling the next batch while that one is stored (see loop).
func (w *Worker) Run(ctx context.Context, n int) error {
	cons, err := w.Queue.Consumer(ctx)
	if err != nil {
		return err
	}
	w.memory = newMemoryBudget(w.Memory)
	w.batch = w.batchSize(ctx, n)
	// In-flight work outlives the shutdown signal, up to drainTimeout in all.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(drainTimeout, cancelWork) })
	defer stop()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { w.loop(ctx, work, cons) })
	}
	wg.Wait()
	w.stages.log(w.Log)
	return nil
}

// loop pulls until pull is cancelled; work bounds the messages in hand.
//
// It stores one batch while it pulls and prepares the next, so the cores
// normalise while PostgreSQL commits: a worker holds at most two batches,
// one being stored and one being prepared or waiting for that store to
// end. Both are kept alive from arrival, and both hold their bytes of the
// budget until stored.
func (w *Worker) loop(pull, work context.Context, cons jetstream.Consumer) {
	var saving sync.WaitGroup // the batch being stored
	defer saving.Wait()
	failing := false
	for pull.Err() == nil {
		alive := &keepAlive{}
		stop := alive.run(w.Queue.AckWait / 3)
		start := time.Now()
		msgs, err := w.pull(pull, cons, alive)
		w.stages.add(stagePull, start)
		switch {
		case err == nil:
			if failing {
				w.Log.Info("process: pulling again")
				failing = false
			}
			w.handle(work, msgs, &saving, stop)
			continue // the keep-alive stops once the last batch is stored
		case pull.Err() != nil, errors.Is(err, nats.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		default:
			// The client reconnects by itself; say so once, and do not spin.
			if !failing {
				w.Log.Warn("process: pull", "err", err)
				failing = true
			}
			sleepCtx(pull, time.Second)
		}
		stop()
	}
}

// batchSize is how many emails each of n workers stores in one
// transaction: maxBatch, unless PostgreSQL's shared lock table is too
// small for n batches' story locks (batchFor); it says so when it cuts.
func (w *Worker) batchSize(ctx context.Context, n int) int {
	slots, err := w.Store.LockSlots(ctx)
	if err != nil {
		w.Log.Warn("process: read the lock table's size; batches stay at their default", "batch", maxBatch, "err", err)
		return maxBatch
	}
	b := batchFor(slots, n)
	if b < maxBatch {
		w.Log.Warn("process: batches cut to fit PostgreSQL's lock table; raise max_locks_per_transaction to store more per commit",
			"batch", b, "default", maxBatch, "workers", n, "lock_slots", slots, "story_locks_per_email", tag.StoryKeys)
	}
	return b
}

// batchFor is the batch size at which n workers storing at once hold at
// most half of a lock table of slots entries with their story locks
// (tag.StoryKeys per email), leaving the other half to the rest of the
// server: maxBatch on a default server (64 × 100 connections = 6,400
// slots) up to 6 workers, never less than one email. Each worker stores
// one batch at a time; other processes' workers are not counted, so a
// deployment of many worker processes needs the table raised.
func batchFor(slots, n int) int {
	return min(maxBatch, max(1, slots/2/(max(n, 1)*tag.StoryKeys)))
}

// pull waits for one message, then, when the server says more are
// pending, takes what arrives within restWait up to a batch of messages
// and maxBatchBytes. A redelivery comes alone (see handle): one taken
// first is returned alone, and one among the rest is returned to the
// queue.
func (w *Worker) pull(ctx context.Context, cons jetstream.Consumer, alive *keepAlive) ([]jetstream.Msg, error) {
	fctx, cancel := context.WithTimeout(ctx, pullWait)
	first, err := cons.Next(jetstream.FetchContext(fctx))
	cancel()
	if err != nil {
		return nil, err
	}
	alive.add(first)
	msgs := []jetstream.Msg{first}
	meta, _ := first.Metadata()
	budget := maxBatchBytes - len(first.Data())
	if !firstDelivery(meta) || meta.NumPending == 0 || budget <= 0 || w.batch <= 1 {
		return msgs, nil
	}
	rest, err := cons.Fetch(int(min(meta.NumPending, uint64(w.batch-1))), jetstream.FetchMaxBytes(budget), jetstream.FetchMaxWait(restWait))
	if err != nil {
		w.Log.Debug("process: pull the rest of a batch", "err", err)
		return msgs, nil
	}
	for msg := range rest.Messages() {
		if meta, _ := msg.Metadata(); !firstDelivery(meta) {
			// Held here, a redelivery that kills the worker again would
			// charge the batch an attempt; returned, it comes back first
			// to the next pull, alone.
			if err := msg.Nak(); err != nil {
				w.Log.Debug("process: return a redelivery", "err", err)
			}
			continue
		}
		alive.add(msg)
		msgs = append(msgs, msg)
	}
	return msgs, nil
}

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// firstDelivery tells a message's first delivery from a redelivery.
func firstDelivery(meta *jetstream.MsgMetadata) bool {
	return meta != nil && meta.NumDelivered == 1
}

// handle stores first deliveries together, and alone each redelivery and
// each email that travelled through the object store. A batch stores in
// one transaction, so an email that kills its worker takes its batch with
// it; alone on redelivery, it then counts attempts (see prepare) and ends
// as failed without taking the others along. A large email is read whole
// from the object store, and held until its batch is stored: alone, a
// worker holds one at a time, as the batch's byte bound assumes.
//
// Each batch is prepared here while the one before is stored, then stored
// in saving once that one is done; done runs once the last is stored. A
// redelivery comes alone from pull, waits for the store before it and is
// stored before anything else is pulled, so it is the only email its
// worker holds.
func (w *Worker) handle(ctx context.Context, msgs []jetstream.Msg, saving *sync.WaitGroup, done func()) {
	var first []jetstream.Msg
	var batches [][]jetstream.Msg
	for _, msg := range msgs {
		meta, _ := msg.Metadata()
		if firstDelivery(meta) && !queue.Large(msg) {
			first = append(first, msg)
		} else {
			batches = append(batches, []jetstream.Msg{msg})
		}
	}
	if len(first) > 0 {
		batches = append(batches, first)
	}
	for i, msgs := range batches {
		meta, _ := msgs[0].Metadata()
		redelivery := !firstDelivery(meta)
		if redelivery {
			saving.Wait()
		}
		b := w.prepareBatch(ctx, msgs)
		if i == len(batches)-1 {
			b.done = done
		}
		start := time.Now()
		saving.Wait()
		w.stages.add(stageQueued, start)
		saving.Go(func() { w.save(ctx, b) })
		if redelivery {
			saving.Wait()
		}
	}
}

// job is one message of a batch on its way to the store.
type job struct {
	msg  jetstream.Msg
	meta *jetstream.MsgMetadata
	key  string
	log  *slog.Logger
	m    store.Message
	err  error // preparing it failed: it is returned for a later attempt
}

// batch is what one transaction stores, and what to do once it is done.
type batch struct {
	jobs    []job
	release func() // gives the batch's bytes back to the budget; nil when none were taken
	done    func() // nil, or what handle runs once its last batch is stored
}

// prepareBatch takes the bytes of msgs from the budget, then prepares
// them in parallel, as many at once as Go runs threads: normalising is
// CPU work on one email, and a batch's emails are independent until they
// are stored (in order, so a copy or revision finds the earlier emails of
// its batch). A batch the budget cannot hold runs alone and one email at
// a time, as it would in a budget of its own. An email that could not be
// prepared is returned for a later attempt and left out.
//
// The budget counts raw bytes only, also while several are normalised at
// once: a batch holds at most maxBatchBytes, and draining 1 MB emails (four
// to a batch) peaked at the same RSS prepared one at a time or GOMAXPROCS
// at once (BenchmarkLargeRSS with the size cut under the inline limit).
func (w *Worker) prepareBatch(ctx context.Context, msgs []jetstream.Msg) batch {
	// The batch's bytes come out of the workers' shared budget before
	// any is read, and go back once the batch is stored.
	var size int64
	for _, msg := range msgs {
		n := queue.Size(msg)
		if n < 0 {
			size = -1 // unknown: the whole budget
			break
		}
		size += n
	}
	start := time.Now()
	release, err := w.memory.acquire(ctx, size)
	w.stages.add(stageMemory, start)
	if err != nil { // shutting down: another worker takes them
		for _, msg := range msgs {
			msg.Nak()
		}
		return batch{}
	}
	start = time.Now()
	defer w.stages.add(stagePrepare, start)
	jobs := make([]job, len(msgs))
	var g errgroup.Group
	if w.memory.fits(size) {
		g.SetLimit(runtime.GOMAXPROCS(0))
	} else {
		g.SetLimit(1)
	}
	for i, msg := range msgs {
		g.Go(func() error {
			j := job{msg: msg, key: queue.Key(msg)}
			j.meta, _ = msg.Metadata()
			j.log = w.Log.With("key", j.key)
			j.m, j.err = w.prepare(ctx, msg, j.meta, j.key, j.log)
			jobs[i] = j
			return nil
		})
	}
	g.Wait()
	prepared := jobs[:0]
	for _, j := range jobs {
		if j.err != nil {
			w.retry(j.log, j.msg, j.meta, j.err)
			continue
		}
		prepared = append(prepared, j)
	}
	return batch{jobs: prepared, release: release}
}

// save stores a prepared batch in one transaction, then acks each message
// the commit holds and returns the others for a later attempt.
func (w *Worker) save(ctx context.Context, b batch) {
	if b.done != nil {
		defer b.done()
	}
	if b.release != nil {
		defer b.release()
	}
	if len(b.jobs) == 0 {
		return
	}
	ms := make([]store.Message, len(b.jobs))
	for i, j := range b.jobs {
		ms[i] = j.m
	}
	start := time.Now()
	saved, err := w.Store.SaveMessages(ctx, ms)
	w.stages.add(stageSave, start)
	start = time.Now()
	defer w.stages.add(stageAck, start)
	for i, j := range b.jobs {
		switch {
		case err != nil:
			w.retry(j.log, j.msg, j.meta, w.attemptFailed(ctx, j.key, err, j.log))
		case saved[i].Err != nil:
			w.retry(j.log, j.msg, j.meta, w.attemptFailed(ctx, j.key, saved[i].Err, j.log))
		default:
			w.stored(ctx, j, saved[i].Outcome)
		}
	}
}

// stored acks a committed message and cleans up after it.
func (w *Worker) stored(ctx context.Context, j job, out store.Outcome) {
	if out == store.Duplicate && j.m.RawObject != "" {
		// The email stored first keeps its own copy; this one is referred to by nothing.
		if err := w.Queue.DeleteOriginal(ctx, j.m.RawObject); err != nil {
			j.log.Warn("process: delete duplicate over-size copy", "err", err)
		}
	}
	if err := j.msg.Ack(); err != nil {
		// The commit stands; a redelivery finds the source key and is acked then.
		j.log.Warn("process: ack", "err", err)
		return
	}
	if j.m.RawObject == "" || j.m.RawObject != queue.LargeObject(j.msg) { // else the row refers to it
		if err := w.Queue.Release(ctx, j.msg); err != nil {
			j.log.Warn("process: release object", "err", err)
		}
	}
	if w.failing.CompareAndSwap(true, false) {
		j.log.Info("process: storing again")
	}
	w.Metrics.outcome(out, j.m.Status)
	j.log.Info("process: stored", "outcome", out.String(), "status", j.m.Status, "reason", firstLine(j.m.Reason), "delivery", delivery(j.meta))
}

// retry returns a message to the queue with a growing delay: database and
// network trouble is transient and must never move a message to a dead end.
func (w *Worker) retry(log *slog.Logger, msg jetstream.Msg, meta *jetstream.MsgMetadata, err error) {
	attempt := uint64(1)
	if meta != nil {
		attempt = meta.NumDelivered
	}
	base := w.RetryBase
	if base <= 0 {
		base = time.Second
	}
	delay := min(base<<min(attempt-1, 6), time.Minute)
	w.Metrics.retry()
	if w.failing.CompareAndSwap(false, true) {
		log.Error("process: cannot store; messages are retried with backoff until it works again", "err", err)
	}
	log.Debug("process: will retry", "err", err, "attempt", attempt, "delay", delay)
	if err := msg.NakWithDelay(delay); err != nil {
		log.Warn("process: nak", "err", err)
	}
}

// keepAlive tells JetStream the messages in hand are being worked on,
// from the moment each arrives until the batch is done, so a slow one is
// not handed to a second worker; a dead worker's messages come back after
// AckWait. Once a message is acked or returned, its InProgress is refused
// by the client and sends nothing.
type keepAlive struct {
	mu   sync.Mutex
	msgs []jetstream.Msg
}

func (a *keepAlive) add(msg jetstream.Msg) {
	a.mu.Lock()
	a.msgs = append(a.msgs, msg)
	a.mu.Unlock()
}

func (a *keepAlive) run(every time.Duration) (stop func()) {
	t := time.NewTicker(every)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t.C:
				a.mu.Lock()
				for _, msg := range a.msgs {
					msg.InProgress()
				}
				a.mu.Unlock()
			}
		}
	}()
	return func() { t.Stop(); close(done) }
}

func firstLine(s string) string {
	for i, r := range s {
		if r == '\n' {
			return s[:i]
		}
	}
	return s
}

func delivery(meta *jetstream.MsgMetadata) uint64 {
	if meta == nil {
		return 0
	}
	return meta.NumDelivered
}
