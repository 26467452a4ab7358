package store

import (
	"time"

	"github.com/alexedwards/scs/pgxstore"
	"github.com/alexedwards/scs/v2"
)

// SessionStore keeps the desk's sessions in table sessions, so any replica
// can serve any editor. Expired rows are swept every cleanup interval (0:
// never, when another process does it); call the returned stop function
// on shutdown.
func (s *Store) SessionStore(cleanup time.Duration) (scs.Store, func()) {
	ps := pgxstore.NewWithCleanupInterval(s.pool, cleanup)
	return ps, ps.StopCleanup
}
