package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// DraftsChannel is where a trigger announces every insert or update of a
// draft, as JSON {"id","status","kind","version"}.
const DraftsChannel = "newsdesk_drafts"

// Listen calls fn with the payload of each notification on channel until
// ctx ends or the connection breaks. It holds one connection of the pool
// for as long as it runs; callers reconnect by calling it again.
func (s *Store) Listen(ctx context.Context, channel string, ready func(), fn func(payload string)) error {
	pc, err := s.pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("store: listen: %w", err)
	}
	// The connection carries LISTEN state: never give it back to the pool.
	conn := pc.Hijack()
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
		return fmt.Errorf("store: listen: %w", err)
	}
	if ready != nil {
		ready()
	}
	for {
		n, err := conn.WaitForNotification(ctx)
		if err != nil {
			return fmt.Errorf("store: listen: %w", err)
		}
		fn(n.Payload)
	}
}
