package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// Cursor is how far the poller has read one IMAP folder: every UID up to
// LastUID under UIDValidity has been acknowledged by the queue.
type Cursor struct {
	UIDValidity uint32
	LastUID     uint32
}

// Cursor returns the stored position for mailbox, or the zero Cursor when
// the mailbox has never been read.
func (s *Store) Cursor(ctx context.Context, mailbox string) (Cursor, error) {
	var v, uid int64
	err := s.pool.QueryRow(ctx,
		`SELECT uid_validity, last_uid FROM mailbox_cursors WHERE mailbox = $1`, mailbox).Scan(&v, &uid)
	if errors.Is(err, pgx.ErrNoRows) {
		return Cursor{}, nil
	}
	if err != nil {
		return Cursor{}, fmt.Errorf("store: read cursor: %w", err)
	}
	return Cursor{UIDValidity: uint32(v), LastUID: uint32(uid)}, nil
}

// SaveCursor records that everything up to c.LastUID is safely queued.
func (s *Store) SaveCursor(ctx context.Context, mailbox string, c Cursor) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO mailbox_cursors (mailbox, uid_validity, last_uid) VALUES ($1, $2, $3)
		ON CONFLICT (mailbox) DO UPDATE
		SET uid_validity = EXCLUDED.uid_validity, last_uid = EXCLUDED.last_uid, updated_at = now()`,
		mailbox, int64(c.UIDValidity), int64(c.LastUID))
	if err != nil {
		return fmt.Errorf("store: save cursor: %w", err)
	}
	return nil
}
