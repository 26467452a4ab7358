package process

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

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
	Tags    *tag.Tagger // tags each draft in its own transaction; nil stores drafts untagged
	// Memory is the raw email bytes the workers hold at once (memoryBudget);
	// 0 means DefaultMemory.
	Memory int64
	memory *memoryBudget
}

// drainTimeout bounds how long the messages in hand may take to finish
// after shutdown begins; past it they are redelivered later.
const drainTimeout = 30 * time.Second

// pullWait is how long one pull request waits for a message.
const pullWait = 10 * time.Second

// Run processes messages with n concurrent workers until ctx is cancelled,
// then finishes the messages already pulled and returns.
//
// Each worker pulls one message at a time and only when idle: a message
// fetched ahead sits in a client buffer where nothing keeps it alive, so
// after AckWait the server hands it to a second worker while the first
// still holds it. Pulling one by one costs a round trip per email, which
// is nothing beside the work on it.
func (w *Worker) Run(ctx context.Context, n int) error {
	cons, err := w.Queue.Consumer(ctx)
	if err != nil {
		return err
	}
	w.memory = newMemoryBudget(w.Memory)
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
	return nil
}

// loop pulls until pull is cancelled; work bounds the message in hand.
func (w *Worker) loop(pull, work context.Context, cons jetstream.Consumer) {
	failing := false
	for pull.Err() == nil {
		fctx, cancel := context.WithTimeout(pull, pullWait)
		msg, err := cons.Next(jetstream.FetchContext(fctx))
		cancel()
		switch {
		case err == nil:
			if failing {
				w.Log.Info("process: pulling again")
				failing = false
			}
			w.handle(work, msg)
		case pull.Err() != nil, errors.Is(err, nats.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		default:
			// The client reconnects by itself; say so once, and do not spin.
			if !failing {
				w.Log.Warn("process: pull", "err", err)
				failing = true
			}
			sleepCtx(pull, time.Second)
		}
	}
}

func sleepCtx(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

func (w *Worker) handle(ctx context.Context, msg jetstream.Msg) {
	key := queue.Key(msg)
	log := w.Log.With("key", key)
	meta, _ := msg.Metadata()
	// Tell JetStream we are alive from the moment the message arrives, so
	// a slow one is not handed to a second worker; a dead worker's
	// messages come back after AckWait.
	stop := heartbeat(msg, w.Queue.AckWait/3)
	release, err := w.memory.acquire(ctx, queue.Size(msg))
	if err != nil { // shutting down: another worker takes it
		stop()
		msg.Nak()
		return
	}
	defer release()
	m, err := w.prepare(ctx, msg, key, log)
	if err != nil {
		stop()
		w.retry(log, msg, meta, err)
		return
	}
	out, err := w.Store.SaveMessage(ctx, m)
	stop()
	if err != nil {
		w.retry(log, msg, meta, w.attemptFailed(ctx, key, err, log))
		return
	}
	if out == store.Duplicate && m.RawObject != "" {
		// The email stored first keeps its own copy; this one is referred to by nothing.
		if err := w.Queue.DeleteOriginal(ctx, m.RawObject); err != nil {
			log.Warn("process: delete duplicate over-size copy", "err", err)
		}
	}
	if err := msg.Ack(); err != nil {
		// The commit stands; a redelivery finds the source key and is acked then.
		log.Warn("process: ack", "err", err)
		return
	}
	if err := w.Queue.Release(ctx, msg); err != nil {
		log.Warn("process: release object", "err", err)
	}
	if w.failing.CompareAndSwap(true, false) {
		log.Info("process: storing again")
	}
	w.Metrics.outcome(out, m.Status)
	log.Info("process: stored", "outcome", out.String(), "status", m.Status, "reason", firstLine(m.Reason), "delivery", delivery(meta))
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

func heartbeat(msg jetstream.Msg, every time.Duration) (stop func()) {
	t := time.NewTicker(every)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case <-t.C:
				msg.InProgress()
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
