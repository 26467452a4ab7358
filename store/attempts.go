package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"newsdesk/draft"
)

// BeginAttempt counts one more processing attempt of a redelivered email
// from sourceKey and returns the count with the error the last one
// recorded. The first delivery's attempt is not written when it starts
// (that would cost every email a transaction of its own): an email
// delivered again was attempted at least once before, so a count that
// starts here starts at 2. An attempt that failed with an error has
// already written its row (AttemptFailed), and this one adds to it.
func (s *Store) BeginAttempt(ctx context.Context, sourceKey string) (attempts int, lastError string, err error) {
	err = s.pool.QueryRow(ctx, `
		INSERT INTO message_attempts (source_key, attempts) VALUES ($1, 2)
		ON CONFLICT (source_key) DO UPDATE SET attempts = message_attempts.attempts + 1, updated_at = now()
		RETURNING attempts, last_error`, sourceKey).Scan(&attempts, &lastError)
	if err != nil {
		return 0, "", fmt.Errorf("store: begin attempt %s: %w", sourceKey, err)
	}
	return attempts, lastError, nil
}

// AttemptFailed records why an attempt did not store the email; a first
// delivery's attempt is counted here.
func (s *Store) AttemptFailed(ctx context.Context, sourceKey, reason string) error {
	_, err := s.pool.Exec(ctx, `
		INSERT INTO message_attempts (source_key, attempts, last_error) VALUES ($1, 1, $2)
		ON CONFLICT (source_key) DO UPDATE SET last_error = $2, updated_at = now()`, sourceKey, reason)
	if err != nil {
		return fmt.Errorf("store: attempt failed %s: %w", sourceKey, err)
	}
	return nil
}

// ErrNotFailed means a retry named a message that is not failed.
var ErrNotFailed = errors.New("store: message is not failed")

// Raw returns a stored email's bytes (only the header block for over-size
// mail; see MessageInfo.RawObject) and one source key it was read from.
func (s *Store) Raw(ctx context.Context, id int64) (raw []byte, sourceKey string, err error) {
	err = s.pool.QueryRow(ctx, `
		SELECT m.raw, COALESCE((SELECT min(source_key) FROM message_sources WHERE message = m.id), '')
		FROM messages m WHERE m.id = $1`, id).Scan(&raw, &sourceKey)
	if err != nil {
		return nil, "", fmt.Errorf("store: raw of message %d: %w", id, err)
	}
	return raw, sourceKey, nil
}

// Resolve records the outcome of processing a failed message again: a
// draft when it now works, else the new status and reason. Its identity
// stays as stored.
func (s *Store) Resolve(ctx context.Context, id int64, status Status, reason string, d *draft.Draft) error {
	if status == Drafted && d == nil {
		return errors.New("store: resolve: drafted without a draft")
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE messages SET status = $2, reason = $3 WHERE id = $1 AND status = 'failed'`, id, status, reason)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return ErrNotFailed
		}
		if status != Drafted {
			return nil
		}
		_, err = tx.Exec(ctx, `INSERT INTO drafts (message, kind, headline, doc) VALUES ($1, $2, $3, $4)`, id, d.Kind, d.Headline, d)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: resolve message %d: %w", id, err)
	}
	return nil
}
