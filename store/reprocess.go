package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
)

// StoredDraft is a draft with the original it was made from, for
// reprocessing.
type StoredDraft struct {
	ID           int64
	SourceKey    string
	Raw          []byte
	Doc          json.RawMessage
	EditedFields []string
}

// DraftFilter selects drafts to reprocess: made since Since (zero: any),
// with the given ids (none: any), above AfterID, in id order.
type DraftFilter struct {
	Since   time.Time
	IDs     []int64
	AfterID int64
}

const draftFilterWhere = `d.id > $1 AND ($2::timestamptz IS NULL OR d.created_at >= $2) AND (cardinality($3::bigint[]) = 0 OR d.id = ANY($3))`

func (f DraftFilter) args() []any {
	var since *time.Time
	if !f.Since.IsZero() {
		since = &f.Since
	}
	ids := f.IDs
	if ids == nil {
		ids = []int64{}
	}
	return []any{f.AfterID, since, ids}
}

// CountDrafts counts what EachStoredDraft would visit.
func (s *Store) CountDrafts(ctx context.Context, f DraftFilter) (int, error) {
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM drafts d WHERE `+draftFilterWhere, f.args()...).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count drafts: %w", err)
	}
	return n, nil
}

// EachStoredDraft calls fn for every selected draft with its original, in
// pages, so a large table is never held at once.
func (s *Store) EachStoredDraft(ctx context.Context, f DraftFilter, fn func(StoredDraft) error) error {
	for {
		var page []StoredDraft
		rows, err := s.pool.Query(ctx, `
			SELECT d.id, COALESCE((SELECT min(source_key) FROM message_sources WHERE message = m.id), ''), m.raw, d.doc, d.edited_fields
			FROM drafts d JOIN messages m ON m.id = d.message
			WHERE `+draftFilterWhere+` ORDER BY d.id LIMIT 100`, f.args()...)
		if err != nil {
			return fmt.Errorf("store: drafts to reprocess: %w", err)
		}
		page, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (StoredDraft, error) {
			var d StoredDraft
			err := r.Scan(&d.ID, &d.SourceKey, &d.Raw, &d.Doc, &d.EditedFields)
			return d, err
		})
		if err != nil {
			return fmt.Errorf("store: drafts to reprocess: %w", err)
		}
		if len(page) == 0 {
			return nil
		}
		for _, d := range page {
			if err := fn(d); err != nil {
				return err
			}
		}
		f.AfterID = page[len(page)-1].ID
	}
}

// ErrEditedMeanwhile means an editor changed the draft while it was being
// reprocessed; it was left alone.
var ErrEditedMeanwhile = errors.New("store: draft edited meanwhile")

// ReplaceDraftDoc stores a reprocessed doc, unless the draft's edited
// fields changed since they were read.
func (s *Store) ReplaceDraftDoc(ctx context.Context, id int64, kind, headline string, doc json.RawMessage, edited []string) error {
	if edited == nil {
		edited = []string{}
	}
	slices.Sort(edited)
	tag, err := s.pool.Exec(ctx, `
		UPDATE drafts SET doc = $2, kind = $3, headline = $4, updated_at = now()
		WHERE id = $1 AND (SELECT array_agg(f ORDER BY f) FROM unnest(edited_fields) f) IS NOT DISTINCT FROM
		      (SELECT array_agg(f ORDER BY f) FROM unnest($5::text[]) f)`, id, doc, kind, headline, edited)
	if err != nil {
		return fmt.Errorf("store: replace draft %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return ErrEditedMeanwhile
	}
	return nil
}

// Checkpoint returns where the reprocess run name stopped (0: start).
func (s *Store) Checkpoint(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT last_draft FROM reprocess_checkpoints WHERE name = $1`, name).Scan(&id)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("store: checkpoint %s: %w", name, err)
	}
	return id, nil
}

// SaveCheckpoint records progress; a negative id deletes it (run complete).
func (s *Store) SaveCheckpoint(ctx context.Context, name string, lastDraft int64) error {
	var err error
	if lastDraft < 0 {
		_, err = s.pool.Exec(ctx, `DELETE FROM reprocess_checkpoints WHERE name = $1`, name)
	} else {
		_, err = s.pool.Exec(ctx, `INSERT INTO reprocess_checkpoints (name, last_draft) VALUES ($1, $2)
			ON CONFLICT (name) DO UPDATE SET last_draft = $2, updated_at = now()`, name, lastDraft)
	}
	if err != nil {
		return fmt.Errorf("store: save checkpoint %s: %w", name, err)
	}
	return nil
}
