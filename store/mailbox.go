package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// ErrLocked means another process holds a mailbox's reader lock.
var ErrLocked = errors.New("store: mailbox is being read by another process")

// Lock is the one-reader-per-mailbox lock: a PostgreSQL session advisory
// lock on a connection of its own. PostgreSQL drops it the moment that
// connection ends, so a crashed poller's mailbox is free again at once.
// A watcher reads the connection all the time, so its death (a restart,
// pg_terminate_backend, a dropped link) is known at once, not at the next
// command: a standby may take the lock from that moment.
type Lock struct {
	conn    *pgx.Conn
	key     string
	lost    chan struct{}
	err     error // why the lock was lost; set before lost closes
	stop    context.CancelFunc
	stopped chan struct{}
}

// lockProbe is how often the watcher also pings, to find a link that died
// without a word (no RST, no FIN).
const lockProbe = 15 * time.Second

// LockMailbox takes the reader lock for mailbox without waiting.
func (s *Store) LockMailbox(ctx context.Context, mailbox string) (*Lock, error) {
	pc, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: lock mailbox: %w", err)
	}
	conn := pc.Hijack() // the lock lives exactly as long as this connection
	var ok bool
	if err := conn.QueryRow(ctx, `SELECT pg_try_advisory_lock(hashtextextended($1, 0))`, "newsdesk:mailbox:"+mailbox).Scan(&ok); err != nil {
		conn.Close(ctx)
		return nil, fmt.Errorf("store: lock mailbox: %w", err)
	}
	if !ok {
		conn.Close(ctx)
		return nil, ErrLocked
	}
	wctx, stop := context.WithCancel(context.Background())
	l := &Lock{conn: conn, key: mailbox, lost: make(chan struct{}), stop: stop, stopped: make(chan struct{})}
	go l.watch(wctx)
	return l, nil
}

// watch blocks reading the lock's connection, which returns the moment
// the server ends it, and pings between reads.
func (l *Lock) watch(ctx context.Context) {
	defer close(l.stopped)
	for {
		wctx, cancel := context.WithTimeout(ctx, lockProbe)
		err := l.conn.PgConn().WaitForNotification(wctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		if err == nil || errors.Is(err, context.DeadlineExceeded) {
			pctx, cancel := context.WithTimeout(ctx, lockProbe)
			err = l.conn.Ping(pctx)
			cancel()
			if ctx.Err() != nil {
				return
			}
		}
		if err != nil {
			l.err = err
			close(l.lost)
			return
		}
	}
}

// Lost is closed when the lock's connection died, and with it the lock.
func (l *Lock) Lost() <-chan struct{} { return l.lost }

// Check fails when the lock's connection is gone, and with it the lock.
func (l *Lock) Check(ctx context.Context) error {
	select {
	case <-l.lost:
		return fmt.Errorf("store: mailbox lock for %s lost: %w", l.key, l.err)
	default:
		return nil
	}
}

// Release gives the lock up by closing its connection.
func (l *Lock) Release() {
	l.stop()
	<-l.stopped
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	l.conn.Close(ctx)
}

// MailboxStatus is what a poller last reported about its mailbox.
type MailboxStatus struct {
	Mailbox     string     `json:"mailbox"`
	State       string     `json:"state"`
	UIDValidity uint32     `json:"uid_validity"`
	LastUID     uint32     `json:"last_uid"` // cursor: queued up to here
	UIDNext     uint32     `json:"uid_next"`
	Lag         int64      `json:"lag"` // UIDNEXT - 1 - cursor: messages not yet queued
	LastFetchAt *time.Time `json:"last_fetch_at"`
	LastError   string     `json:"last_error"`
	LastErrorAt *time.Time `json:"last_error_at"`
	UpdatedAt   time.Time  `json:"updated_at"`
}

// SetMailboxState records the poller's state and, when uidNext > 0, the
// server's UIDNEXT. fetched marks a completed sync.
func (s *Store) SetMailboxState(ctx context.Context, mailbox, state string, uidNext uint32, fetched bool) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO mailbox_status (mailbox, state, uid_next, last_fetch_at)
		VALUES ($1, $2, $3, CASE WHEN $4 THEN now() END)
		ON CONFLICT (mailbox) DO UPDATE SET
			state = EXCLUDED.state,
			uid_next = CASE WHEN EXCLUDED.uid_next > 0 THEN EXCLUDED.uid_next ELSE mailbox_status.uid_next END,
			last_fetch_at = COALESCE(EXCLUDED.last_fetch_at, mailbox_status.last_fetch_at),
			updated_at = now()`, mailbox, state, int64(uidNext), fetched)
	if err != nil {
		return fmt.Errorf("store: mailbox state: %w", err)
	}
	return nil
}

// SetMailboxError records the poller's latest failure.
func (s *Store) SetMailboxError(ctx context.Context, mailbox, msg string) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO mailbox_status (mailbox, state, last_error, last_error_at) VALUES ($1, 'error', $2, now())
		ON CONFLICT (mailbox) DO UPDATE SET state = 'error', last_error = $2, last_error_at = now(), updated_at = now()`,
		mailbox, msg)
	if err != nil {
		return fmt.Errorf("store: mailbox error: %w", err)
	}
	return nil
}

// MailboxStatuses lists every mailbox a poller has reported on.
func (s *Store) MailboxStatuses(ctx context.Context) ([]MailboxStatus, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT st.mailbox, st.state, COALESCE(c.uid_validity, 0), COALESCE(c.last_uid, 0), st.uid_next,
		       st.last_fetch_at, st.last_error, st.last_error_at, st.updated_at
		FROM mailbox_status st LEFT JOIN mailbox_cursors c USING (mailbox)
		ORDER BY st.mailbox`)
	if err != nil {
		return nil, fmt.Errorf("store: mailbox statuses: %w", err)
	}
	defer rows.Close()
	var out []MailboxStatus
	for rows.Next() {
		var m MailboxStatus
		var uv, last, next int64
		if err := rows.Scan(&m.Mailbox, &m.State, &uv, &last, &next, &m.LastFetchAt, &m.LastError, &m.LastErrorAt, &m.UpdatedAt); err != nil {
			return nil, fmt.Errorf("store: mailbox statuses: %w", err)
		}
		m.UIDValidity, m.LastUID, m.UIDNext = uint32(uv), uint32(last), uint32(next)
		if next > 0 {
			m.Lag = max(next-1-last, 0)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}
