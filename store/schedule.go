package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Scheduled is a story waiting for its embargo to lift.
type Scheduled struct {
	Story int64
	Draft int64
	DueAt time.Time
	Actor string
}

// Schedule sets (or moves) the instant a story publishes. It returns the
// previous entry, if any, so a changed embargo can be reported.
func (p *PubTx) Schedule(ctx context.Context, s Scheduled) (prev *Scheduled, err error) {
	var old Scheduled
	err = p.tx.QueryRow(ctx, `SELECT story, draft, due_at, actor FROM publish_schedule WHERE story = $1 FOR UPDATE`,
		s.Story).Scan(&old.Story, &old.Draft, &old.DueAt, &old.Actor)
	switch {
	case err == nil:
		prev = &old
	case !errors.Is(err, pgx.ErrNoRows):
		return nil, fmt.Errorf("store: schedule of story %d: %w", s.Story, err)
	}
	_, err = p.tx.Exec(ctx, `INSERT INTO publish_schedule (story, draft, due_at, actor) VALUES ($1, $2, $3, $4)
		ON CONFLICT (story) DO UPDATE SET draft = EXCLUDED.draft, due_at = EXCLUDED.due_at, actor = EXCLUDED.actor`,
		s.Story, s.Draft, s.DueAt, s.Actor)
	if err != nil {
		return nil, fmt.Errorf("store: schedule story %d: %w", s.Story, err)
	}
	return prev, nil
}

// Unschedule removes a story from the schedule; it is no error when it
// was not there.
func (p *PubTx) Unschedule(ctx context.Context, storyID int64) error {
	if _, err := p.tx.Exec(ctx, `DELETE FROM publish_schedule WHERE story = $1`, storyID); err != nil {
		return fmt.Errorf("store: unschedule story %d: %w", storyID, err)
	}
	return nil
}

// Due is a scheduled entry whose instant has passed, with its story and
// draft, all three locked.
type Due struct {
	Scheduled
	Story PubStory
	Draft DraftDoc
}

// ClaimDue locks up to limit entries whose instant has passed by the
// database's clock, with their stories and drafts. Rows someone else holds
// are skipped, never waited for: replicas share the work without
// publishing a row twice, and the scheduler cannot deadlock with an
// approval that holds the draft.
func (p *PubTx) ClaimDue(ctx context.Context, limit int) ([]Due, error) {
	rows, err := p.tx.Query(ctx, `SELECT ps.story, ps.draft, ps.due_at, ps.actor,
			s.uri, s.status, s.version, s.embargo_until, s.created_at, d.status, d.doc
		FROM publish_schedule ps JOIN stories s ON s.id = ps.story JOIN drafts d ON d.id = ps.draft
		WHERE ps.due_at <= clock_timestamp() ORDER BY ps.due_at LIMIT $1
		FOR UPDATE OF ps, s, d SKIP LOCKED`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: claim due: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Due, error) {
		var d Due
		err := r.Scan(&d.Scheduled.Story, &d.Scheduled.Draft, &d.DueAt, &d.Actor,
			&d.Story.URI, &d.Story.Status, &d.Story.Version, &d.Story.EmbargoUntil, &d.Story.CreatedAt,
			&d.Draft.Status, &d.Draft.Doc)
		d.Story.ID, d.Draft.ID = d.Scheduled.Story, d.Scheduled.Draft
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: claim due: %w", err)
	}
	return out, nil
}

// NextDue says how long until the earliest scheduled instant, by the
// database's clock (so a skewed local clock cannot publish early); ok is
// false when nothing is scheduled.
func (s *Store) NextDue(ctx context.Context) (wait time.Duration, ok bool, err error) {
	var us *int64
	err = s.pool.QueryRow(ctx, `SELECT (EXTRACT(EPOCH FROM min(due_at) - clock_timestamp()) * 1e6)::bigint
		FROM publish_schedule`).Scan(&us)
	if err != nil {
		return 0, false, fmt.Errorf("store: next due: %w", err)
	}
	if us == nil {
		return 0, false, nil
	}
	return time.Duration(*us) * time.Microsecond, true, nil
}
