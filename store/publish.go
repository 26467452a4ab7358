package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// PubTx is one publishing transaction: a story's version, its schedule and
// its outgoing events commit together or not at all.
type PubTx struct {
	tx pgx.Tx
}

// InPubTx runs fn in a transaction and commits when it returns nil.
func (s *Store) InPubTx(ctx context.Context, fn func(*PubTx) error) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return fn(&PubTx{tx: tx}) })
}

// DraftDoc is a draft as publishing reads it.
type DraftDoc struct {
	ID     int64
	Status string
	Doc    []byte // the jsonb document
}

// LockDraft reads a draft and locks it until the transaction ends, so two
// approvals of the same draft run one after the other.
func (p *PubTx) LockDraft(ctx context.Context, id int64) (DraftDoc, error) {
	d := DraftDoc{ID: id}
	err := p.tx.QueryRow(ctx, `SELECT status, doc FROM drafts WHERE id = $1 FOR UPDATE`, id).Scan(&d.Status, &d.Doc)
	if errors.Is(err, pgx.ErrNoRows) {
		return d, fmt.Errorf("store: draft %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return d, fmt.Errorf("store: lock draft %d: %w", id, err)
	}
	return d, nil
}

// SetDraftStatus moves a draft along the review statuses.
func (p *PubTx) SetDraftStatus(ctx context.Context, id int64, status string) error {
	_, err := p.tx.Exec(ctx, `UPDATE drafts SET status = $2, updated_at = now() WHERE id = $1`, id, status)
	if err != nil {
		return fmt.Errorf("store: draft %d status %s: %w", id, status, err)
	}
	return nil
}

// SetDraftEmbargo records the embargo instant a person chose, which ends an
// embargo hold.
func (p *PubTx) SetDraftEmbargo(ctx context.Context, id int64, until time.Time) error {
	_, err := p.tx.Exec(ctx, `UPDATE drafts SET updated_at = now(),
		doc = doc || jsonb_build_object('embargo_until', $2::text, 'embargo_hold', false) WHERE id = $1`,
		id, until.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("store: draft %d embargo: %w", id, err)
	}
	return nil
}

// Now is the database's clock at this moment (not the transaction's
// start): every embargo comparison uses this one clock.
func (p *PubTx) Now(ctx context.Context) (time.Time, error) {
	var t time.Time
	if err := p.tx.QueryRow(ctx, `SELECT clock_timestamp()`).Scan(&t); err != nil {
		return t, fmt.Errorf("store: clock: %w", err)
	}
	return t, nil
}

// PubStory is a published or scheduled story.
type PubStory struct {
	ID           int64
	URI          string
	Status       string // scheduled, usable, canceled
	Version      int
	EmbargoUntil *time.Time
	CreatedAt    time.Time
}

// StoryOfDraft finds, and locks, the story a draft belongs to.
func (p *PubTx) StoryOfDraft(ctx context.Context, draftID int64) (PubStory, error) {
	var s PubStory
	err := p.tx.QueryRow(ctx, `SELECT s.id, s.uri, s.status, s.version, s.embargo_until, s.created_at
		FROM story_drafts d JOIN stories s ON s.id = d.story WHERE d.draft = $1 FOR UPDATE OF s`, draftID).
		Scan(&s.ID, &s.URI, &s.Status, &s.Version, &s.EmbargoUntil, &s.CreatedAt)
	if errors.Is(err, pgx.ErrNoRows) {
		return s, ErrNotFound
	}
	if err != nil {
		return s, fmt.Errorf("store: story of draft %d: %w", draftID, err)
	}
	return s, nil
}

// CreateStory makes a story for a draft; its uri is uriPrefix + its id.
func (p *PubTx) CreateStory(ctx context.Context, draftID int64, uriPrefix string) (PubStory, error) {
	s := PubStory{Status: "scheduled"}
	err := p.tx.QueryRow(ctx, `INSERT INTO stories (uri, status)
		VALUES ($1 || currval(pg_get_serial_sequence('stories', 'id')), 'scheduled')
		RETURNING id, uri, created_at`, uriPrefix).Scan(&s.ID, &s.URI, &s.CreatedAt)
	if err != nil {
		return s, fmt.Errorf("store: create story: %w", err)
	}
	return s, p.AddStoryDraft(ctx, s.ID, draftID)
}

// AddStoryDraft attaches a revision draft to its story.
func (p *PubTx) AddStoryDraft(ctx context.Context, storyID, draftID int64) error {
	_, err := p.tx.Exec(ctx, `INSERT INTO story_drafts (draft, story) VALUES ($1, $2)
		ON CONFLICT (draft) DO NOTHING`, draftID, storyID)
	if err != nil {
		return fmt.Errorf("store: story %d draft %d: %w", storyID, draftID, err)
	}
	return nil
}

// UpdateStory saves a story's status, version and embargo.
func (p *PubTx) UpdateStory(ctx context.Context, s PubStory) error {
	_, err := p.tx.Exec(ctx, `UPDATE stories SET status = $2, version = $3, embargo_until = $4, updated_at = now()
		WHERE id = $1`, s.ID, s.Status, s.Version, s.EmbargoUntil)
	if err != nil {
		return fmt.Errorf("store: update story %d: %w", s.ID, err)
	}
	return nil
}

// LastVersion returns the document and draft of a story's latest version.
func (p *PubTx) LastVersion(ctx context.Context, storyID int64) (doc []byte, draftID int64, err error) {
	err = p.tx.QueryRow(ctx, `SELECT doc, draft FROM story_versions WHERE story = $1
		ORDER BY version DESC LIMIT 1`, storyID).Scan(&doc, &draftID)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, 0, ErrNotFound
	}
	if err != nil {
		return nil, 0, fmt.Errorf("store: last version of story %d: %w", storyID, err)
	}
	return doc, draftID, nil
}

// Version is one published version of a story.
type Version struct {
	Story     int64
	Version   int
	Draft     int64
	PubStatus string
	TopTopics []string
	Doc       []byte // ninjs
	Created   time.Time
}

// AddVersion stores a version and returns its feed sequence number. The
// number comes from a one-row counter whose row lock is held until commit,
// so numbers are handed out in commit order and a reader paging by seq
// never skips a version that commits late.
func (p *PubTx) AddVersion(ctx context.Context, v Version) (int64, error) {
	var seq int64
	if err := p.tx.QueryRow(ctx, `UPDATE publish_counter SET last = last + 1 WHERE id = 1 RETURNING last`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("store: publish counter: %w", err)
	}
	if v.TopTopics == nil {
		v.TopTopics = []string{}
	}
	_, err := p.tx.Exec(ctx, `INSERT INTO story_versions (story, version, seq, draft, pubstatus, top_topics, doc, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		v.Story, v.Version, seq, v.Draft, v.PubStatus, v.TopTopics, v.Doc, v.Created)
	if err != nil {
		return 0, fmt.Errorf("store: add version %d of story %d: %w", v.Version, v.Story, err)
	}
	return seq, nil
}

// Event is one outgoing message, fanned out to NATS and every webhook
// endpoint in the transaction that writes it.
type Event struct {
	ID      string
	Type    string
	Story   int64
	Version int
	Body    []byte
}

// AddEvent writes an event to the outbox with one delivery per
// destination. Disabled endpoints get theirs too, held until an admin
// enables the endpoint again, so a partner's outage loses nothing.
func (p *PubTx) AddEvent(ctx context.Context, e Event) error {
	_, err := p.tx.Exec(ctx, `INSERT INTO outbox_events (id, type, story, version, body) VALUES ($1, $2, $3, $4, $5)`,
		e.ID, e.Type, e.Story, e.Version, e.Body)
	if err != nil {
		return fmt.Errorf("store: outbox event %s: %w", e.ID, err)
	}
	_, err = p.tx.Exec(ctx, `INSERT INTO deliveries (event, endpoint)
		SELECT $1, NULL UNION ALL SELECT $1, id FROM webhook_endpoints`, e.ID)
	if err != nil {
		return fmt.Errorf("store: deliveries of %s: %w", e.ID, err)
	}
	return nil
}

// Audit appends a row to the publishing audit log.
func (p *PubTx) Audit(ctx context.Context, actor, action string, draftID, storyID int64, reason string, detail map[string]any) error {
	if detail == nil {
		detail = map[string]any{}
	}
	_, err := p.tx.Exec(ctx, `INSERT INTO publish_audit (actor, action, draft, story, reason, detail)
		VALUES ($1, $2, NULLIF($3, 0), NULLIF($4, 0), $5, $6)`, actor, action, draftID, storyID, reason, detail)
	if err != nil {
		return fmt.Errorf("store: audit %s: %w", action, err)
	}
	return nil
}

// Alert raises something the desk must look at.
func (p *PubTx) Alert(ctx context.Context, kind string, storyID int64, message string) error {
	_, err := p.tx.Exec(ctx, `INSERT INTO publish_alerts (kind, story, message) VALUES ($1, NULLIF($2, 0), $3)`,
		kind, storyID, message)
	if err != nil {
		return fmt.Errorf("store: alert %s: %w", kind, err)
	}
	return nil
}
