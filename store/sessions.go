package store

import (
	"context"
	"fmt"

	"github.com/alexedwards/scs/pgxstore"
	"github.com/alexedwards/scs/v2"
)

// SessionStore keeps the desk's sessions in table sessions, so any replica
// can serve any editor. pgxstore's own sweeper goroutine is not started:
// its start and stop race (the stop channel is set inside the goroutine),
// and the desk sweeps with DeleteExpiredSessions from a goroutine it owns.
func (s *Store) SessionStore() scs.Store {
	return pgxstore.NewWithCleanupInterval(s.pool, 0)
}

// DeleteExpiredSessions removes sessions past their expiry.
func (s *Store) DeleteExpiredSessions(ctx context.Context) error {
	if _, err := s.pool.Exec(ctx, `DELETE FROM sessions WHERE expiry < now()`); err != nil {
		return fmt.Errorf("store: delete expired sessions: %w", err)
	}
	return nil
}
