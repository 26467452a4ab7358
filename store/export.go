package store

import (
	"context"
	"fmt"

	"newsdesk/draft"
)

// EachDraft calls fn for every stored draft, oldest first, streaming rows
// rather than loading them all.
func (s *Store) EachDraft(ctx context.Context, fn func(draft.Stored) error) error {
	rows, err := s.pool.Query(ctx, `SELECT id, status, created_at, doc FROM drafts ORDER BY id`)
	if err != nil {
		return fmt.Errorf("store: list drafts: %w", err)
	}
	defer rows.Close()
	var d draft.Stored
	for rows.Next() {
		d = draft.Stored{}
		if err := rows.Scan(&d.ID, &d.Status, &d.CreatedAt, &d.Draft); err != nil {
			return fmt.Errorf("store: read draft: %w", err)
		}
		if err := fn(d); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: list drafts: %w", err)
	}
	return nil
}

// Stats counts what the pipeline has stored.
type Stats struct {
	Messages int64 `json:"messages"` // distinct originals stored
	Drafts   int64 `json:"drafts"`   // drafts made from them
	Rejected int64 `json:"rejected"` // originals kept but not processable
	Failed   int64 `json:"failed"`   // originals whose processing failed
}

// Stats returns the current counts.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	err := s.pool.QueryRow(ctx, `
		SELECT count(*),
		       (SELECT count(*) FROM drafts),
		       count(*) FILTER (WHERE status = 'rejected'),
		       count(*) FILTER (WHERE status = 'failed')
		FROM messages`).Scan(&st.Messages, &st.Drafts, &st.Rejected, &st.Failed)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	return st, nil
}
