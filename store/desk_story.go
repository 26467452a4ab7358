package store

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
)

// StoryCopy is another draft of the same story: a copy from another
// sender, an earlier version, or a later revision.
type StoryCopy struct {
	ID         int64
	Headline   string
	Sender     string
	Status     string
	CreatedAt  time.Time
	RevisionOf int64 // the draft this one revises; 0 when none
}

// maxStoryCopies bounds the list on a draft page; a bigger cluster is
// boilerplate, not a story.
const maxStoryCopies = 50

// StoryCopies lists the other drafts in the story cluster of draftID,
// oldest first; none when the draft has no story yet.
func (s *Store) StoryCopies(ctx context.Context, draftID int64) ([]StoryCopy, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT d.id, d.headline, d.sender, d.status, d.created_at, coalesce(o.revision_of, 0)
		FROM draft_stories s
		JOIN draft_stories o ON o.cluster = s.cluster AND o.draft <> s.draft
		JOIN drafts d ON d.id = o.draft
		WHERE s.draft = $1
		ORDER BY d.created_at, d.id LIMIT $2`, draftID, maxStoryCopies)
	if err != nil {
		return nil, fmt.Errorf("store: story copies of draft %d: %w", draftID, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (StoryCopy, error) {
		var c StoryCopy
		err := r.Scan(&c.ID, &c.Headline, &c.Sender, &c.Status, &c.CreatedAt, &c.RevisionOf)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: story copies of draft %d: %w", draftID, err)
	}
	return out, nil
}

// KnownEntities lists distinct stored names of one entity kind ("person",
// "organisation", "place") that start with prefix, case-insensitively:
// the desk's tag autocomplete.
func (s *Store) KnownEntities(ctx context.Context, kind, prefix string, limit int) ([]string, error) {
	esc := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.ToLower(prefix))
	rows, err := s.pool.Query(ctx, `
		SELECT name FROM draft_entities WHERE kind = $1 AND lower(name) LIKE $2 || '%'
		GROUP BY name ORDER BY count(*) DESC, name LIMIT $3`, kind, esc, limit)
	if err != nil {
		return nil, fmt.Errorf("store: known %s entities: %w", kind, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, fmt.Errorf("store: known %s entities: %w", kind, err)
	}
	return out, nil
}
