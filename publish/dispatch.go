package publish

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"sync"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/store"
)

// Dispatcher delivers the outbox: every event to NATS and to each webhook
// endpoint, retrying with exponential backoff for up to a day. Several
// replicas may run; each delivery is locked while it is sent. Delivery is
// at least once: a crash after a receiver got an event but before the
// result was recorded sends it again, with the same webhook-id and body.
type Dispatcher struct {
	Store *store.Store
	Log   *slog.Logger
	HTTP  *http.Client        // default: 15 s timeout
	JS    jetstream.JetStream // nil: NATS events wait for a dispatcher that has it
	Queue string              // NATS subject prefix
	Opts  DispatchOptions
}

// DispatchOptions tune retries; zero values take the defaults.
type DispatchOptions struct {
	Workers      int           // concurrent sends; default 4
	FirstRetry   time.Duration // default 5 s, then ×4 per attempt
	MaxRetry     time.Duration // longest wait between attempts; default 6 h
	GiveUp       time.Duration // after this age an event is dead; default 24 h
	DisableAfter int           // consecutive failures that disable an endpoint; default 20
	DisableAge   time.Duration // … failing for at least this long; default 1 h
	Poll         time.Duration // longest sleep without a notification; default 5 s
}

func (o DispatchOptions) withDefaults() DispatchOptions {
	def := func(v *time.Duration, d time.Duration) {
		if *v <= 0 {
			*v = d
		}
	}
	if o.Workers <= 0 {
		o.Workers = 4
	}
	if o.DisableAfter <= 0 {
		o.DisableAfter = 20
	}
	def(&o.FirstRetry, 5*time.Second)
	def(&o.MaxRetry, 6*time.Hour)
	def(&o.GiveUp, 24*time.Hour)
	def(&o.DisableAge, time.Hour)
	def(&o.Poll, 5*time.Second)
	return o
}

// Run delivers until ctx ends. Sends in progress then finish (bounded by
// the HTTP timeout) before it returns.
func (d *Dispatcher) Run(ctx context.Context) error {
	d.Opts = d.Opts.withDefaults()
	if d.HTTP == nil {
		d.HTTP = &http.Client{
			Timeout: 15 * time.Second,
			// A redirect is a failure to fix at the partner, not a hop to
			// follow with a signed body.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		}
	}
	lctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wake := make(chan struct{}, 1)
	wg.Go(func() { d.Store.Wake(lctx, d.Log, store.OutboxChannel, wake) })
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		case <-timer.C:
		}
		d.drain(ctx)
		wait, ok, err := d.Store.NextDelivery(ctx, d.JS != nil)
		switch {
		case err != nil || !ok:
			wait = d.Opts.Poll
		case wait <= 0:
			wait = 20 * time.Millisecond // due but locked by another dispatcher
		}
		timer.Reset(min(wait, d.Opts.Poll))
	}
}

// drain sends due deliveries on Workers goroutines until none is left.
func (d *Dispatcher) drain(ctx context.Context) {
	var wg sync.WaitGroup
	for range d.Opts.Workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				sent, err := d.deliverOne(ctx)
				if err != nil {
					if ctx.Err() == nil {
						d.Log.Error("publish: dispatch", "err", err)
					}
					return
				}
				if !sent {
					return
				}
			}
		})
	}
	wg.Wait()
}

// deliverOne sends one due delivery; false means there was none.
func (d *Dispatcher) deliverOne(ctx context.Context) (bool, error) {
	tx, err := d.Store.ClaimDelivery(ctx, d.JS != nil)
	if err != nil || tx == nil {
		return false, err
	}
	// The send must not be cut by shutdown halfway: the HTTP timeout
	// bounds it instead.
	sctx := context.WithoutCancel(ctx)
	start := time.Now()
	var status int
	if tx.Endpoint == nil {
		err = sendNATS(sctx, d.JS, d.Queue, &tx.Delivery)
	} else {
		status, err = sendWebhook(sctx, d.HTTP, &tx.Delivery)
	}
	a := store.Attempt{OK: err == nil, StatusCode: status, Duration: time.Since(start),
		DisableAfter: d.Opts.DisableAfter, DisableAge: d.Opts.DisableAge}
	if err != nil {
		a.Error = err.Error()
		a.RetryAt = d.retryAt(tx.Attempts+1, tx.CreatedAt)
	}
	disabled, ferr := tx.Finish(sctx, a)
	if ferr != nil {
		return false, ferr
	}
	log := d.Log.With("event", tx.Event, "attempt", tx.Attempts+1)
	if tx.Endpoint != nil {
		log = log.With("webhook", tx.Endpoint.Name)
	}
	switch {
	case err == nil:
		log.Debug("publish: delivered")
	case a.RetryAt.IsZero():
		log.Error("publish: delivery given up", "err", err)
	default:
		log.Warn("publish: delivery failed", "err", err, "retry_at", a.RetryAt)
	}
	if disabled {
		log.Error("publish: webhook endpoint disabled after repeated failures")
	}
	return true, nil
}

// retryAt is when attempt n+1 goes out: FirstRetry × 4^(n-1), capped,
// ±20 % jitter so a recovering receiver is not hit by every retry at
// once; the last try is at GiveUp after the event, then zero (dead).
func (d *Dispatcher) retryAt(n int, created time.Time) time.Time {
	wait := d.Opts.FirstRetry
	for i := 1; i < n && wait < d.Opts.MaxRetry; i++ {
		wait *= 4
	}
	wait = min(wait, d.Opts.MaxRetry)
	wait = time.Duration(float64(wait) * (0.8 + 0.4*rand.Float64()))
	deadline, now := created.Add(d.Opts.GiveUp), time.Now()
	if !now.Before(deadline) {
		return time.Time{}
	}
	if at := now.Add(wait); at.Before(deadline) {
		return at
	}
	return deadline
}
