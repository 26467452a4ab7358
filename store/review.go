package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"

	"newsdesk/draft"
)

// ErrConflict means the draft changed since the version the caller read.
var ErrConflict = errors.New("store: draft changed meanwhile")

// ErrState means the action does not apply to the draft's current status.
var ErrState = errors.New("store: not allowed in the draft's current state")

// Topic is an IPTC media topic as the tagger writes it into the draft.
type Topic struct {
	Code   string  `json:"code"`
	Label  string  `json:"label"`
	Score  float64 `json:"score"`
	Source string  `json:"source"`
}

// Tags are the tagger's fields of the draft document, read when present.
type Tags struct {
	Topics        []Topic         `json:"topics"`
	People        []string        `json:"people"`
	Organisations []string        `json:"organisations"`
	Places        []string        `json:"places"`
	ClusterID     json.RawMessage `json:"cluster_id,omitempty"`
	DuplicateOf   json.RawMessage `json:"duplicate_of,omitempty"`
	RevisionOf    json.RawMessage `json:"revision_of,omitempty"`
}

// DeskDraft is a draft with its review state, as the desk shows it.
type DeskDraft struct {
	draft.Stored
	Tags
	Message   int64     `json:"message"`
	Version   int       `json:"version"`
	ClaimedBy string    `json:"claimed_by"`
	Reason    string    `json:"reason"`
	Sender    string    `json:"sender"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Draft reads one draft.
func (s *Store) Draft(ctx context.Context, id int64) (DeskDraft, error) {
	var d DeskDraft
	var doc []byte
	var kind string
	err := s.pool.QueryRow(ctx, `SELECT id, message, status, kind, version, coalesce(claimed_by, ''), reason, sender,
		created_at, updated_at, doc FROM drafts WHERE id = $1`, id).Scan(&d.ID, &d.Message, &d.Status, &kind,
		&d.Version, &d.ClaimedBy, &d.Reason, &d.Sender, &d.CreatedAt, &d.UpdatedAt, &doc)
	if errors.Is(err, pgx.ErrNoRows) {
		err = ErrNotFound
	}
	if err == nil {
		err = json.Unmarshal(doc, &d.Draft)
	}
	if err == nil {
		err = json.Unmarshal(doc, &d.Tags)
	}
	if err != nil {
		return d, fmt.Errorf("store: draft %d: %w", id, err)
	}
	d.Kind = draft.Kind(kind) // the column is what editors changed
	return d, nil
}

// RawMessage returns the original email of a draft.
func (s *Store) RawMessage(ctx context.Context, draftID int64) ([]byte, error) {
	var raw []byte
	err := s.pool.QueryRow(ctx, `SELECT m.raw FROM drafts d JOIN messages m ON m.id = d.message WHERE d.id = $1`, draftID).Scan(&raw)
	if errors.Is(err, pgx.ErrNoRows) {
		err = ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: original of draft %d: %w", draftID, err)
	}
	return raw, nil
}

// Edit changes a draft's document: patch's keys replace the document's,
// headline the column too. It applies only when the draft is still at
// version; it returns the new version.
func (s *Store) Edit(ctx context.Context, id int64, version int, actor string, headline string, patch map[string]any, detail map[string]any) (int, error) {
	var next int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		// edited_fields keeps reprocessing from overwriting what an editor wrote.
		err := tx.QueryRow(ctx, `UPDATE drafts SET doc = doc || $3::jsonb, headline = $4, version = version + 1, updated_at = now(),
			edited_fields = ARRAY(SELECT DISTINCT f FROM unnest(edited_fields || $5::text[]) f ORDER BY f)
			WHERE id = $1 AND version = $2 AND status NOT IN ('published') RETURNING version`,
			id, version, patch, headline, slices.Sorted(maps.Keys(patch))).Scan(&next)
		if errors.Is(err, pgx.ErrNoRows) {
			return s.whyNot(ctx, tx, id)
		}
		if err != nil {
			return err
		}
		return audit(ctx, tx, id, actor, "edit", detail)
	})
	if err != nil {
		return 0, fmt.Errorf("store: edit draft %d: %w", id, err)
	}
	return next, nil
}

// whyNot tells apart a missing draft, a published one and a stale version.
func (s *Store) whyNot(ctx context.Context, tx pgx.Tx, id int64) error {
	var status string
	err := tx.QueryRow(ctx, `SELECT status FROM drafts WHERE id = $1`, id).Scan(&status)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		return ErrNotFound
	case err != nil:
		return err
	case status == "published":
		return ErrState
	}
	return ErrConflict
}

// Transition is a review action: it applies when the draft's status is
// one of From (any when empty) and, when Version is set, the draft is at
// that version; nil fields are left as they are.
type Transition struct {
	Actor     string
	Action    string // recorded in the audit log: claim, approve, reject …
	From      []string
	Version   int
	Status    *string
	Kind      *string
	ClaimedBy *string // "" clears the claim
	Reason    *string
	Detail    map[string]any
}

// Apply runs a transition and returns the draft's new version.
func (s *Store) Apply(ctx context.Context, id int64, t Transition) (int, error) {
	var next int
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `UPDATE drafts SET
				status = coalesce($2, status),
				kind = coalesce($3, kind),
				claimed_by = CASE WHEN $4::text IS NULL THEN claimed_by ELSE nullif($4, '') END,
				reason = coalesce($5, reason),
				version = version + 1, updated_at = now()
			WHERE id = $1 AND (coalesce(cardinality($6::text[]), 0) = 0 OR status = ANY($6)) AND ($7 = 0 OR version = $7)
			RETURNING version`, id, t.Status, t.Kind, t.ClaimedBy, t.Reason, t.From, t.Version).Scan(&next)
		if errors.Is(err, pgx.ErrNoRows) {
			var status string
			var version int
			err = tx.QueryRow(ctx, `SELECT status, version FROM drafts WHERE id = $1`, id).Scan(&status, &version)
			switch {
			case errors.Is(err, pgx.ErrNoRows):
				return ErrNotFound
			case err != nil:
				return err
			case t.Version != 0 && version != t.Version:
				return ErrConflict
			}
			return fmt.Errorf("%s a draft that is %s: %w", t.Action, status, ErrState)
		}
		if err != nil {
			return err
		}
		detail := t.Detail
		if t.Reason != nil && *t.Reason != "" {
			detail = map[string]any{"reason": *t.Reason}
			for k, v := range t.Detail {
				detail[k] = v
			}
		}
		return audit(ctx, tx, id, t.Actor, t.Action, detail)
	})
	if err != nil {
		return 0, fmt.Errorf("store: %s draft %d: %w", t.Action, id, err)
	}
	return next, nil
}

// AddSenderRule makes every later draft from sender the given kind.
func (s *Store) AddSenderRule(ctx context.Context, sender, kind, actor string) error {
	_, err := s.pool.Exec(ctx, `INSERT INTO sender_rules (sender, kind, created_by) VALUES ($1, $2, $3)
		ON CONFLICT (sender) DO UPDATE SET kind = EXCLUDED.kind, created_by = EXCLUDED.created_by, created_at = now()`,
		sender, kind, actor)
	if err != nil {
		return fmt.Errorf("store: sender rule %q: %w", sender, err)
	}
	return nil
}
