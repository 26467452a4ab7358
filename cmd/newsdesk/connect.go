package main

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"newsdesk/publish"
	"newsdesk/queue"
	"newsdesk/store"
)

// deps holds a role's connections once they are up. Roles start before
// PostgreSQL or NATS answer (a host boots them in any order), serve
// /healthz at once, and report not-ready on /readyz until connected.
type deps struct {
	mu sync.Mutex
	st *store.Store
	q  *queue.Queue
}

var errConnecting = errors.New("connecting")

func (d *deps) set(st *store.Store, q *queue.Queue) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.st, d.q = st, q
}

// checks are the readiness checks: the database, and the queue when the
// role uses one.
func (d *deps) checks(queued bool) map[string]publish.Check {
	c := map[string]publish.Check{"database": func(ctx context.Context) error {
		d.mu.Lock()
		st := d.st
		d.mu.Unlock()
		if st == nil {
			return errConnecting
		}
		return st.Ping(ctx)
	}}
	if queued {
		c["queue"] = func(context.Context) error {
			d.mu.Lock()
			q := d.q
			d.mu.Unlock()
			if q == nil {
				return errConnecting
			}
			return q.Ready()
		}
	}
	return c
}

// Backoff between connection attempts at start.
const (
	connectFirst = 500 * time.Millisecond
	connectMax   = 30 * time.Second
)

// connect calls open until it succeeds, fails permanently (isPermanent), or
// ctx ends. It logs the first failure and the recovery, not every attempt:
// an outage is one state change, not a line per second.
func connect[T any](ctx context.Context, log *slog.Logger, what string, isPermanent func(error) bool, open func(context.Context) (T, error)) (T, error) {
	wait := connectFirst
	var zero T
	for attempt := 1; ; attempt++ {
		v, err := open(ctx)
		if err == nil {
			if attempt > 1 {
				log.Info("connected after retrying", "service", what, "attempts", attempt)
			}
			return v, nil
		}
		if isPermanent(err) || ctx.Err() != nil {
			return zero, err
		}
		if attempt == 1 {
			log.Warn("cannot connect; retrying with backoff until it answers (/readyz says not ready meanwhile)",
				"service", what, "err", err)
		}
		t := time.NewTimer(wait/2 + rand.N(wait/2+1))
		select {
		case <-ctx.Done():
			t.Stop()
			return zero, err
		case <-t.C:
		}
		wait = min(2*wait, connectMax)
	}
}
