package process

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"newsdesk/queue"
	"newsdesk/store"
)

func TestMemoryBudget(t *testing.T) {
	ctx := context.Background()
	b := newMemoryBudget(100)
	first, err := b.acquire(ctx, 60)
	if err != nil {
		t.Fatal(err)
	}
	got := make(chan error, 1)
	go func() {
		release, err := b.acquire(ctx, 60) // does not fit beside the first
		if err == nil {
			release()
		}
		got <- err
	}()
	for b.waiters() == 0 {
		select {
		case err := <-got:
			t.Fatalf("60 + 60 bytes taken from a budget of 100 (err %v)", err)
		default:
			time.Sleep(time.Millisecond)
		}
	}
	first()
	if err := <-got; err != nil {
		t.Fatal(err)
	}

	// Too large, or of unknown size: the whole budget, so it runs alone.
	for _, n := range []int64{250, -1} {
		release, err := b.acquire(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := b.acquire(cancelled, 1); err == nil {
			t.Errorf("a byte taken beside an email of %d bytes", n)
		}
		release()
	}
	if release, err := b.acquire(ctx, 100); err != nil {
		t.Errorf("budget not whole again: %v", err)
	} else {
		release()
	}
}

// Each worker runs an email only once its bytes fit the budget: with three
// workers and emails of 0.6 × the budget, only one is ever in hand. The
// handler holds each email until another worker either joins it (the bound
// failed) or waits for the budget (it held).
func TestWorkersStayWithinMemoryBudget(t *testing.T) {
	const budget, size, n = 1 << 20, 600 << 10, 5
	r := newWorkerRig(t, 0)
	var mu sync.Mutex
	var inside, peak int64 // bytes of email in the handler now, at most
	add := func(n int64) int64 {
		mu.Lock()
		defer mu.Unlock()
		inside += n
		peak = max(peak, inside)
		return inside
	}
	var entered atomic.Int32
	w := &Worker{Memory: budget}
	w.Normalise = func(key string, raw []byte) store.Message {
		mine := int64(len(raw))
		add(mine)
		last := entered.Add(1) == n
		// Stay inside until another handler enters (the budget broken) or
		// waits for memory (the budget kept). Bounded: one worker may have
		// pulled every message and meet them one at a time, and then
		// nobody else ever comes (it hung for 10 minutes on a loaded
		// machine).
		for give := time.Now().Add(2 * time.Second); !last && add(0) == mine && w.memory.waiters() == 0 && time.Now().Before(give); {
			time.Sleep(time.Millisecond)
		}
		add(-mine)
		return store.Message{SourceKey: key, Raw: raw, Status: store.Rejected, Reason: "not a release"}
	}
	for i := range n {
		raw := fmt.Appendf(nil, "Message-ID: <m%d@x>\r\nSubject: s %d\r\n\r\nLONDON, 2 November 2026 – Text.\r\n", i, i)
		raw = append(raw, bytes.Repeat([]byte("x"), size-len(raw))...)
		r.publish(queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uint32(i + 1), Raw: raw})
	}
	r.start(w, 3)
	if ms := r.messages(n); len(ms) != n {
		t.Fatalf("%d messages stored, want %d", len(ms), n)
	}
	if peak > budget {
		t.Errorf("workers held %d bytes of email at once; the budget is %d", peak, budget)
	}
}
