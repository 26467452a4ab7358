package process

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

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
	Tags  *tag.Tagger // tags each draft in its own transaction; nil stores drafts untagged
}

// drainTimeout bounds how long the messages in hand may take to finish
// after shutdown begins; past it they are redelivered later.
const drainTimeout = 30 * time.Second

// Run processes messages with n concurrent workers until ctx is cancelled,
// then finishes the messages already pulled and returns.
func (w *Worker) Run(ctx context.Context, n int) error {
	cons, err := w.Queue.Consumer(ctx)
	if err != nil {
		return err
	}
	its := make([]jetstream.MessagesContext, 0, n)
	drain := func() {
		for _, it := range its {
			it.Drain()
		}
	}
	for range n {
		it, err := cons.Messages(jetstream.PullMaxMessages(4))
		if err != nil {
			drain()
			return fmt.Errorf("process: pull from %s: %w", w.Queue.Durable, err)
		}
		its = append(its, it)
	}
	// In-flight work outlives the shutdown signal, up to drainTimeout in all.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stop := context.AfterFunc(ctx, func() {
		drain()
		time.AfterFunc(drainTimeout, cancelWork)
	})
	defer stop()
	var wg sync.WaitGroup
	for _, it := range its {
		wg.Go(func() { w.loop(work, it) })
	}
	wg.Wait()
	return nil
}

func (w *Worker) loop(ctx context.Context, it jetstream.MessagesContext) {
	for {
		msg, err := it.Next()
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) {
			return
		}
		if err != nil {
			// The client reconnects by itself; do not spin while it does.
			w.Log.Warn("process: next message", "err", err)
			time.Sleep(time.Second)
			continue
		}
		w.handle(ctx, msg)
	}
}

func (w *Worker) handle(ctx context.Context, msg jetstream.Msg) {
	key := queue.Key(msg)
	log := w.Log.With("key", key)
	meta, _ := msg.Metadata()
	raw, err := w.Queue.Raw(ctx, msg)
	if err != nil {
		w.retry(log, msg, meta, err)
		return
	}
	// Tell JetStream we are alive while we work, so a slow message is not
	// handed to a second worker; a dead worker's messages come back after AckWait.
	stop := heartbeat(msg, w.Queue.AckWait/3)
	m := Evaluate(key, raw)
	m.AfterDraft = w.tagDraft(m.Draft)
	if reason := queue.Oversize(msg); reason != "" {
		m = store.Message{SourceKey: key, Raw: raw, ContentHash: ContentHash(raw), Status: store.Rejected, Reason: reason}
	}
	out, err := w.Store.SaveMessage(ctx, m)
	stop()
	if err != nil {
		w.retry(log, msg, meta, err)
		return
	}
	if err := msg.Ack(); err != nil {
		// The commit stands; a redelivery finds the source key and is acked then.
		log.Warn("process: ack", "err", err)
		return
	}
	if err := w.Queue.Release(ctx, msg); err != nil {
		log.Warn("process: release object", "err", err)
	}
	log.Info("process: stored", "outcome", out.String(), "status", m.Status, "reason", firstLine(m.Reason))
}

// retry returns a message to the queue with a growing delay: database and
// network trouble is transient and must never move a message to a dead end.
func (w *Worker) retry(log *slog.Logger, msg jetstream.Msg, meta *jetstream.MsgMetadata, err error) {
	attempt := uint64(1)
	if meta != nil {
		attempt = meta.NumDelivered
	}
	delay := min(time.Second<<min(attempt-1, 6), time.Minute)
	log.Error("process: will retry", "err", err, "attempt", attempt, "delay", delay)
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
