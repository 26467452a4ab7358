package store

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// Notification channels that triggers signal.
const (
	DraftsChannel   = "newsdesk_drafts"   // a draft was inserted or updated: JSON {"id","status","kind","version"}
	ScheduleChannel = "newsdesk_schedule" // publish_schedule changed
	OutboxChannel   = "newsdesk_outbox"   // deliveries were added
)

// Listen calls fn with the payload of each notification on channel until
// ctx ends or the connection breaks, calling ready once LISTEN is in
// place. It holds one connection for as long as it runs; callers
// reconnect by calling it again.
func (s *Store) Listen(ctx context.Context, channel string, ready func(), fn func(payload string)) error {
	pc, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("store: listen %s: %w", channel, err)
	}
	// The connection carries LISTEN state: never give it back to the pool.
	conn := pc.Hijack()
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		return fmt.Errorf("store: listen %s: %w", channel, err)
	}
	if ready != nil {
		ready()
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return fmt.Errorf("store: listen %s: %w", channel, err)
		}
		fn(n.Payload)
	}
}

// Wake signals wake (without blocking: one pending signal is enough)
// whenever channel is notified, until ctx ends. It reconnects with backoff,
// and signals after every (re)connect too, since notifications sent while
// it was away are lost.
func (s *Store) Wake(ctx context.Context, log *slog.Logger, channel string, wake chan<- struct{}) {
	signal := func() {
		select {
		case wake <- struct{}{}:
		default:
		}
	}
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := s.Listen(ctx, channel, signal, func(string) { signal() })
		if ctx.Err() != nil {
			return
		}
		log.Warn("store: listen lost", "channel", channel, "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}
