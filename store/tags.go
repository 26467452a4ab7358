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

// Tagged is what tagging made of a new draft: its tags (the story's
// cluster, duplicate and revision among them when known) and, for a press
// release, its story.
type Tagged struct {
	Tags  draft.Tags
	Story *Story
}

// saveTagged stores a new draft's topics, entities and story in one round
// trip: each kind of row in one statement, whatever their number. Its
// document already carries the tags (saveMessage).
func saveTagged(ctx context.Context, q Querier, draftID int64, t Tagged) error {
	b := &pgx.Batch{}
	if n := len(t.Tags.Topics); n > 0 {
		codes, labels, scores, sources := make([]string, n), make([]string, n), make([]float32, n), make([]string, n)
		for i, tp := range t.Tags.Topics {
			codes[i], labels[i], scores[i], sources[i] = tp.Code, tp.Label, float32(tp.Score), tp.Source
		}
		b.Queue(`INSERT INTO draft_topics (draft, code, label, score, source)
			SELECT $1, * FROM unnest($2::text[], $3::text[], $4::real[], $5::text[])
			ON CONFLICT DO NOTHING`, draftID, codes, labels, scores, sources)
	}
	var kinds, names []string
	for kind, ns := range map[string][]string{EntityPerson: t.Tags.People, EntityOrganisation: t.Tags.Organisations, EntityPlace: t.Tags.Places} {
		for _, n := range ns {
			kinds, names = append(kinds, kind), append(names, n)
		}
	}
	if len(names) > 0 {
		b.Queue(`INSERT INTO draft_entities (draft, kind, name) SELECT $1, * FROM unnest($2::text[], $3::text[])
			ON CONFLICT DO NOTHING`, draftID, kinds, names)
	}
	if t.Story != nil {
		queueStory(b, draftID, *t.Story)
	}
	if b.Len() == 0 {
		return nil
	}
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
