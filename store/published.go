package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Published is one version in the published feed.
type Published struct {
	Seq       int64
	Story     int64
	Version   int
	PubStatus string
	Doc       []byte // ninjs
	Created   time.Time
}

func collectPublished(rows pgx.Rows) ([]Published, error) {
	return pgx.CollectRows(rows, func(r pgx.CollectableRow) (Published, error) {
		var p Published
		return p, r.Scan(&p.Seq, &p.Story, &p.Version, &p.PubStatus, &p.Doc, &p.Created)
	})
}

// PublishedSince lists versions with a sequence number above since, in
// order. Numbers are given in commit order (see AddVersion), so paging by
// the last one seen neither skips nor repeats.
func (s *Store) PublishedSince(ctx context.Context, since int64, limit int) ([]Published, error) {
	rows, err := s.pool.Query(ctx, `SELECT seq, story, version, pubstatus, doc, created_at
		FROM story_versions WHERE seq > $1 ORDER BY seq LIMIT $2`, since, limit)
	if err != nil {
		return nil, fmt.Errorf("store: published since %d: %w", since, err)
	}
	out, err := collectPublished(rows)
	if err != nil {
		return nil, fmt.Errorf("store: published since %d: %w", since, err)
	}
	return out, nil
}

// LatestPublished lists the current version of every story still usable,
// newest first, below sequence number before (0: from the newest), and
// only under top-level Media Topic topic when it is not "".
func (s *Store) LatestPublished(ctx context.Context, topic string, before int64, limit int) ([]Published, error) {
	rows, err := s.pool.Query(ctx, `SELECT v.seq, v.story, v.version, v.pubstatus, v.doc, v.created_at
		FROM stories s JOIN story_versions v ON v.story = s.id AND v.version = s.version
		WHERE s.status = 'usable' AND ($1 = '' OR $1 = ANY (v.top_topics)) AND ($2 = 0 OR v.seq < $2)
		ORDER BY v.seq DESC LIMIT $3`, topic, before, limit)
	if err != nil {
		return nil, fmt.Errorf("store: latest published: %w", err)
	}
	out, err := collectPublished(rows)
	if err != nil {
		return nil, fmt.Errorf("store: latest published: %w", err)
	}
	return out, nil
}

// SetDraftDoc replaces a draft's document: an editor's edit, or the
// tagger's fields added to it.
func (s *Store) SetDraftDoc(ctx context.Context, id int64, doc []byte) error {
	tag, err := s.pool.Exec(ctx, `UPDATE drafts SET doc = $2, headline = COALESCE($2::jsonb->>'headline', headline),
		updated_at = now() WHERE id = $1`, id, doc)
	if err != nil {
		return fmt.Errorf("store: set draft %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: set draft %d: %w", id, ErrNotFound)
	}
	return nil
}

// DraftStatus returns a draft's review status.
func (s *Store) DraftStatus(ctx context.Context, id int64) (string, error) {
	var st string
	if err := s.pool.QueryRow(ctx, `SELECT status FROM drafts WHERE id = $1`, id).Scan(&st); err != nil {
		return "", fmt.Errorf("store: draft %d status: %w", id, err)
	}
	return st, nil
}

// Alert is something the desk must look at.
type Alert struct {
	ID      int64     `json:"id"`
	At      time.Time `json:"at"`
	Kind    string    `json:"kind"`
	Story   *int64    `json:"story"`
	Message string    `json:"message"`
}

// Alerts lists unacknowledged publishing alerts, newest first.
func (s *Store) Alerts(ctx context.Context, limit int) ([]Alert, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, at, kind, story, message FROM publish_alerts
		WHERE acknowledged_at IS NULL ORDER BY id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: alerts: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[Alert])
	if err != nil {
		return nil, fmt.Errorf("store: alerts: %w", err)
	}
	return out, nil
}

// PublishAudit is a row of the publishing audit log.
type PublishAudit struct {
	At     time.Time `json:"at"`
	Actor  string    `json:"actor"`
	Action string    `json:"action"`
	Draft  *int64    `json:"draft"`
	Reason string    `json:"reason"`
}

// AuditOfStory lists a story's audit rows, oldest first.
func (s *Store) AuditOfStory(ctx context.Context, storyID int64) ([]PublishAudit, error) {
	rows, err := s.pool.Query(ctx, `SELECT at, actor, action, draft, reason FROM publish_audit
		WHERE story = $1 ORDER BY id`, storyID)
	if err != nil {
		return nil, fmt.Errorf("store: audit of story %d: %w", storyID, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[PublishAudit])
	if err != nil {
		return nil, fmt.Errorf("store: audit of story %d: %w", storyID, err)
	}
	return out, nil
}
