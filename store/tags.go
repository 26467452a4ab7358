package store

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"newsdesk/draft"
)

// Querier runs statements: the pool, or a transaction so tags are stored
// in the same transaction as their draft.
type Querier interface {
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// DB runs single statements outside any transaction.
func (s *Store) DB() Querier { return s.pool }

// InTx runs fn in one transaction, committed when fn returns nil.
func (s *Store) InTx(ctx context.Context, fn func(q Querier) error) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return fn(tx) })
}

// Entity kinds in draft_entities.
const (
	EntityPerson       = "person"
	EntityOrganisation = "organisation"
	EntityPlace        = "place"
)

// SaveTags replaces a draft's machine-made topics and its entities, and
// merges the tags (with cluster_id, duplicate_of, revision_of) into the
// draft's document. Topics an editor set stay.
func SaveTags(ctx context.Context, q Querier, draftID int64, t draft.Tags) error {
	b := &pgx.Batch{}
	b.Queue(`DELETE FROM draft_topics WHERE draft = $1 AND source <> 'editor'`, draftID)
	b.Queue(`DELETE FROM draft_entities WHERE draft = $1`, draftID)
	for _, tp := range t.Topics {
		// A topic an editor removed is not suggested again.
		b.Queue(`INSERT INTO draft_topics (draft, code, label, score, source)
			SELECT $1, $2, $3, $4, $5
			WHERE coalesce((SELECT action FROM tag_edits WHERE draft = $1 AND code = $2 ORDER BY id DESC LIMIT 1), '') <> 'remove'
			ON CONFLICT (draft, code) DO NOTHING`, draftID, tp.Code, tp.Label, tp.Score, tp.Source)
	}
	for kind, names := range map[string][]string{EntityPerson: t.People, EntityOrganisation: t.Organisations, EntityPlace: t.Places} {
		for _, n := range names {
			b.Queue(`INSERT INTO draft_entities (draft, kind, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, draftID, kind, n)
		}
	}
	// The draft's document carries its tags too, so export and the desk
	// read one JSON object.
	b.Queue(`UPDATE drafts SET doc = doc || $2::jsonb, updated_at = now() WHERE id = $1`, draftID, t)
	if err := sendBatch(ctx, q, b); err != nil {
		return fmt.Errorf("store: save tags of draft %d: %w", draftID, err)
	}
	return nil
}

// sendBatch works on a pool or a transaction.
func sendBatch(ctx context.Context, q Querier, b *pgx.Batch) error {
	type batcher interface {
		SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults
	}
	bq, ok := q.(batcher)
	if !ok {
		return fmt.Errorf("store: %T cannot send batches", q)
	}
	return bq.SendBatch(ctx, b).Close()
}

// DraftTags reads a draft's stored tags and story identity.
func DraftTags(ctx context.Context, q Querier, draftID int64) (draft.Tags, error) {
	var t draft.Tags
	rows, err := q.Query(ctx, `SELECT code, label, score, source FROM draft_topics WHERE draft = $1 ORDER BY score DESC, code`, draftID)
	if err != nil {
		return t, fmt.Errorf("store: tags of draft %d: %w", draftID, err)
	}
	t.Topics, err = pgx.CollectRows(rows, func(r pgx.CollectableRow) (draft.Topic, error) {
		var tp draft.Topic
		var score float32
		err := r.Scan(&tp.Code, &tp.Label, &score, &tp.Source)
		tp.Score = float64(score)
		return tp, err
	})
	if err != nil {
		return t, fmt.Errorf("store: tags of draft %d: %w", draftID, err)
	}
	rows, err = q.Query(ctx, `SELECT kind, name FROM draft_entities WHERE draft = $1 ORDER BY kind, name`, draftID)
	if err != nil {
		return t, fmt.Errorf("store: entities of draft %d: %w", draftID, err)
	}
	var kind, name string
	_, err = pgx.ForEachRow(rows, []any{&kind, &name}, func() error {
		switch kind {
		case EntityPerson:
			t.People = append(t.People, name)
		case EntityOrganisation:
			t.Organisations = append(t.Organisations, name)
		case EntityPlace:
			t.Places = append(t.Places, name)
		}
		return nil
	})
	if err != nil {
		return t, fmt.Errorf("store: entities of draft %d: %w", draftID, err)
	}
	err = q.QueryRow(ctx, `SELECT cluster, duplicate_of, revision_of FROM draft_stories WHERE draft = $1`, draftID).
		Scan(&t.ClusterID, &t.DuplicateOf, &t.RevisionOf)
	if err != nil && err != pgx.ErrNoRows {
		return t, fmt.Errorf("store: story of draft %d: %w", draftID, err)
	}
	return t, nil
}
