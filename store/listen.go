package store

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5"
)

// Notification channels the publishing triggers signal.
const (
	ScheduleChannel = "newsdesk_schedule" // publish_schedule changed
	OutboxChannel   = "newsdesk_outbox"   // deliveries were added
)

// Listen signals wake (without blocking: one pending signal is enough)
// whenever channel is notified, until ctx ends. It holds a connection of
// its own and reconnects with backoff; after every (re)connect it signals
// once too, since notifications sent while it was away are lost.
func (s *Store) Listen(ctx context.Context, log *slog.Logger, channel string, wake chan<- struct{}) {
	backoff := 100 * time.Millisecond
	for ctx.Err() == nil {
		err := s.listenOnce(ctx, channel, wake)
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

func (s *Store) listenOnce(ctx context.Context, channel string, wake chan<- struct{}) error {
	pc, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("store: listen: %w", err)
	}
	// A connection that was LISTENing must not go back to the pool.
	conn := pc.Hijack()
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		return fmt.Errorf("store: listen %s: %w", channel, err)
	}
	signal(wake)
	for {
		if _, err := conn.WaitForNotification(ctx); err != nil {
			return fmt.Errorf("store: listen %s: %w", channel, err)
		}
		signal(wake)
	}
}

func signal(c chan<- struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}
