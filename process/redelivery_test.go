package process

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/store"
)

// A redelivery that arrives in the rest of a batch, behind a first
// delivery, is not held next to it: before the fix the worker prepared it
// while the first deliveries waited, so when it killed the worker again
// they came back as redeliveries and were charged an attempt they never
// began. Here the second worker gives up on any email attempted before,
// so a charged one ends as failed.
func TestRedeliveryDoesNotChargeItsBatch(t *testing.T) {
	r := newWorkerRig(t, time.Second)
	ctx := context.Background()
	cons, err := r.q.Consumer(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The poison email was delivered once and comes back after a delay,
	// while the worker holds the first fresh email it pulled.
	r.publish(releaseMail(1, "poison", "Poison release", "10"))
	first, err := cons.Next()
	if err != nil {
		t.Fatal(err)
	}
	const due = 300 * time.Millisecond
	if err := first.NakWithDelay(due); err != nil {
		t.Fatal(err)
	}
	const fresh = 3
	for i := range fresh {
		r.publish(releaseMail(uint32(i+2), fmt.Sprint("fresh", i), fmt.Sprint("Thermal sights, order ", i), fmt.Sprint(40+i)))
	}

	// The first worker dies on the poison email: it stops answering the
	// server for every message it holds, which come back after AckWait.
	dead := &killSwitch{}
	dying := make(chan struct{})
	hang := make(chan struct{})
	normalise := func(key string, raw []byte) store.Message {
		if key == "desk:1:1" {
			dead.kill()
			close(dying)
			<-hang
		}
		return Evaluate(key, raw)
	}
	w := &Worker{Queue: r.q, Store: r.st, Log: quietLog(), Normalise: normalise}
	w.memory, w.batch = newMemoryBudget(0), maxBatch // as Run sets them
	pull, stopPull := context.WithCancel(ctx)
	work, stopWork := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		w.loop(pull, work, &lateConsumer{Consumer: cons, wait: due + 200*time.Millisecond, dead: dead})
	})
	t.Cleanup(func() { stopPull(); stopWork(); close(hang); wg.Wait() })
	select {
	case <-dying:
	case <-time.After(20 * time.Second):
		t.Fatal("the poison email was never prepared")
	}

	r.start(&Worker{MaxAttempts: 1}, 1)
	for _, m := range r.messages(1 + fresh) {
		want := store.Drafted
		if m.MessageID == "poison@northgate.example" {
			want = store.Failed
		}
		if m.Status != want {
			t.Errorf("%s stored as %s (%s), want %s", m.MessageID, m.Status, firstLine(m.Reason), want)
		}
	}
}

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// killSwitch stands for the death of a worker's process: once killed, the
// messages it handed out answer nothing to the server.
type killSwitch struct{ killed atomic.Bool }

func (k *killSwitch) kill() { k.killed.Store(true) }

// lateConsumer hands its first message over only after wait, as a worker
// slowed down between taking a message and asking for the rest would, and
// its messages go quiet when dead is killed.
type lateConsumer struct {
	jetstream.Consumer
	wait  time.Duration
	dead  *killSwitch
	slept atomic.Bool
}

func (c *lateConsumer) Next(opts ...jetstream.FetchOpt) (jetstream.Msg, error) {
	msg, err := c.Consumer.Next(opts...)
	if err == nil && c.slept.CompareAndSwap(false, true) {
		time.Sleep(c.wait)
	}
	if err != nil {
		return nil, err
	}
	return mortalMsg{msg, c.dead}, nil
}

func (c *lateConsumer) Fetch(n int, opts ...jetstream.FetchOpt) (jetstream.MessageBatch, error) {
	b, err := c.Consumer.Fetch(n, opts...)
	if err != nil {
		return nil, err
	}
	out := make(chan jetstream.Msg)
	go func() {
		defer close(out)
		for msg := range b.Messages() {
			out <- mortalMsg{msg, c.dead}
		}
	}()
	return mortalBatch{b, out}, nil
}

type mortalBatch struct {
	jetstream.MessageBatch
	msgs chan jetstream.Msg
}

func (b mortalBatch) Messages() <-chan jetstream.Msg { return b.msgs }

// mortalMsg is a delivered message that says nothing once dead is killed.
type mortalMsg struct {
	jetstream.Msg
	dead *killSwitch
}

func (m mortalMsg) answer(f func() error) error {
	if m.dead.killed.Load() {
		return nil
	}
	return f()
}

func (m mortalMsg) Ack() error        { return m.answer(m.Msg.Ack) }
func (m mortalMsg) Nak() error        { return m.answer(m.Msg.Nak) }
func (m mortalMsg) InProgress() error { return m.answer(m.Msg.InProgress) }
func (m mortalMsg) Term() error       { return m.answer(m.Msg.Term) }
func (m mortalMsg) NakWithDelay(d time.Duration) error {
	return m.answer(func() error { return m.Msg.NakWithDelay(d) })
}
