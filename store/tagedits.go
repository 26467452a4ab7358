package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// Tag edit actions.
const (
	TagAccept = "accept" // the editor confirmed a suggested topic
	TagRemove = "remove" // the editor removed a suggested topic
	TagAdd    = "add"    // the editor added a topic
)

// ErrUnknownAction is returned for an action other than the three above.
var ErrUnknownAction = errors.New("store: unknown tag action")

// RecordTagEdit stores an editor's decision on one topic of a draft and
// applies it to the draft's topics: accepted and added topics become the
// editor's, removed ones go.
func (s *Store) RecordTagEdit(ctx context.Context, draftID int64, code, action, user string) error {
	if action != TagAccept && action != TagRemove && action != TagAdd {
		return fmt.Errorf("%w: %q", ErrUnknownAction, action)
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `INSERT INTO tag_edits (draft, code, action, actor) VALUES ($1, $2, $3, $4)`,
			draftID, code, action, user); err != nil {
			return err
		}
		var err error
		switch action {
		case TagRemove:
			_, err = tx.Exec(ctx, `DELETE FROM draft_topics WHERE draft = $1 AND code = $2`, draftID, code)
		default:
			_, err = tx.Exec(ctx, `
				INSERT INTO draft_topics (draft, code, score, source) VALUES ($1, $2, 1, 'editor')
				ON CONFLICT (draft, code) DO UPDATE SET source = 'editor', score = 1`, draftID, code)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("store: record tag edit on draft %d: %w", draftID, err)
	}
	return nil
}

// TagExample is one draft an editor reviewed the topics of: its text, the
// topics it carries now, and the ones an editor removed.
type TagExample struct {
	DraftID  int64
	Headline string
	Body     string
	Keep     []string
	Removed  []string
}

// TagExamples lists every draft with at least one tag edit, the training
// data of the topic model.
func (s *Store) TagExamples(ctx context.Context) ([]TagExample, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT d.id, d.headline, coalesce(d.doc->>'body_text', ''),
			coalesce((SELECT array_agg(code ORDER BY code) FROM draft_topics t WHERE t.draft = d.id), '{}'),
			coalesce((SELECT array_agg(code ORDER BY code) FROM (
				SELECT DISTINCT ON (code) code, action FROM tag_edits e WHERE e.draft = d.id ORDER BY code, id DESC
			) last WHERE action = 'remove'), '{}')
		FROM drafts d
		WHERE EXISTS (SELECT 1 FROM tag_edits e WHERE e.draft = d.id)
		ORDER BY d.id`)
	if err != nil {
		return nil, fmt.Errorf("store: tag examples: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (TagExample, error) {
		var e TagExample
		err := r.Scan(&e.DraftID, &e.Headline, &e.Body, &e.Keep, &e.Removed)
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: tag examples: %w", err)
	}
	return out, nil
}

// SaveTagModel stores a trained topic model (JSON).
func (s *Store) SaveTagModel(ctx context.Context, model []byte, examples int) error {
	if _, err := s.pool.Exec(ctx, `INSERT INTO tag_models (model, examples) VALUES ($1, $2)`, model, examples); err != nil {
		return fmt.Errorf("store: save tag model: %w", err)
	}
	return nil
}

// LatestTagModel returns the newest model, nil when none was trained.
func (s *Store) LatestTagModel(ctx context.Context) ([]byte, error) {
	var b []byte
	err := s.pool.QueryRow(ctx, `SELECT model FROM tag_models ORDER BY id DESC LIMIT 1`).Scan(&b)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: latest tag model: %w", err)
	}
	return b, nil
}
