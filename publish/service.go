package publish

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"newsdesk/store"
)

// Service publishes approved drafts: now, or when their embargo lifts.
// Every path that publishes goes through publishVersion, which checks the
// embargo against the database's clock in the publishing transaction.
type Service struct {
	Store *store.Store
	// URIPrefix starts every story's uri; the story's id completes it.
	URIPrefix string
	Log       *slog.Logger
	topics    *topicTree
}

// NewService returns a Service; uriPrefix defaults to "urn:newsdesk:story:".
func NewService(st *store.Store, uriPrefix string, log *slog.Logger) *Service {
	if uriPrefix == "" {
		uriPrefix = "urn:newsdesk:story:"
	}
	return &Service{Store: st, URIPrefix: uriPrefix, Log: log, topics: newTopicTree()}
}

// Override lets a chief editor publish before the embargo. The desk, which
// authenticates people, fills Role from the signed-in user.
type Override struct {
	Role   string // must be "chief"
	Reason string // recorded in the audit log
}

// approvable lists the statuses an approval may start from; "published"
// is there because approving a published draft again publishes a correction.
var approvable = map[string]bool{"new": true, "in_review": true, "approved": true, "scheduled": true, "published": true}

// Approve publishes a draft now, or schedules it when its embargo has not
// lifted, or refuses it with ErrEmbargoHold or ErrStatus.
func (s *Service) Approve(ctx context.Context, draftID int64, actor string) error {
	err := s.Store.InPubTx(ctx, func(tx *store.PubTx) error {
		d, a, err := s.lockDraft(ctx, tx, draftID)
		if err != nil {
			return err
		}
		story, err := s.storyFor(ctx, tx, draftID, a)
		if err != nil {
			return err
		}
		now, err := tx.Now(ctx)
		if err != nil {
			return err
		}
		if err := tx.Audit(ctx, actor, "approve", draftID, story.ID, "", map[string]any{"from_status": d.Status}); err != nil {
			return err
		}
		if a.EmbargoUntil != nil && a.EmbargoUntil.After(now) {
			return s.schedule(ctx, tx, story, draftID, *a.EmbargoUntil, actor)
		}
		return s.publishVersion(ctx, tx, story, draftID, a, actor)
	})
	if err != nil {
		return fmt.Errorf("publish: approve draft %d: %w", draftID, err)
	}
	return nil
}

// Publish publishes a draft now. Before its embargo lifts it refuses with
// an *EmbargoError, unless a chief overrides with a reason; the override
// goes to the append-only audit log.
func (s *Service) Publish(ctx context.Context, draftID int64, actor string, override *Override) error {
	if override != nil && (override.Role != "chief" || override.Reason == "") {
		return fmt.Errorf("publish: draft %d: %w", draftID, ErrOverride)
	}
	err := s.Store.InPubTx(ctx, func(tx *store.PubTx) error {
		_, a, err := s.lockDraft(ctx, tx, draftID)
		if err != nil {
			return err
		}
		story, err := s.storyFor(ctx, tx, draftID, a)
		if err != nil {
			return err
		}
		now, err := tx.Now(ctx)
		if err != nil {
			return err
		}
		if a.EmbargoUntil != nil && a.EmbargoUntil.After(now) {
			if override == nil {
				return &EmbargoError{Until: *a.EmbargoUntil}
			}
			err := tx.Audit(ctx, actor, "embargo_override", draftID, story.ID, override.Reason,
				map[string]any{"embargo_until": a.EmbargoUntil, "role": override.Role})
			if err != nil {
				return err
			}
			a.EmbargoUntil = nil // what goes out is no longer embargoed
		}
		if err := tx.Audit(ctx, actor, "publish", draftID, story.ID, "", nil); err != nil {
			return err
		}
		return s.publishVersion(ctx, tx, story, draftID, a, actor)
	})
	if err != nil {
		return fmt.Errorf("publish: publish draft %d: %w", draftID, err)
	}
	return nil
}

// SetEmbargo is a person setting a draft's embargo instant: it ends an
// embargo hold, and moves the story's schedule if it is waiting.
func (s *Service) SetEmbargo(ctx context.Context, draftID int64, until time.Time, actor string) error {
	err := s.Store.InPubTx(ctx, func(tx *store.PubTx) error {
		if _, err := tx.LockDraft(ctx, draftID); err != nil {
			return err
		}
		if err := tx.SetDraftEmbargo(ctx, draftID, until); err != nil {
			return err
		}
		if err := tx.Audit(ctx, actor, "set_embargo", draftID, 0, "", map[string]any{"embargo_until": until}); err != nil {
			return err
		}
		story, err := tx.StoryOfDraft(ctx, draftID)
		if errors.Is(err, store.ErrNotFound) || (err == nil && story.Status != "scheduled") {
			return nil
		}
		if err != nil {
			return err
		}
		return s.schedule(ctx, tx, story, draftID, until, actor)
	})
	if err != nil {
		return fmt.Errorf("publish: set embargo of draft %d: %w", draftID, err)
	}
	return nil
}

// lockDraft reads and locks a draft and refuses what cannot be approved.
func (s *Service) lockDraft(ctx context.Context, tx *store.PubTx, id int64) (store.DraftDoc, Article, error) {
	d, err := tx.LockDraft(ctx, id)
	if err != nil {
		return d, Article{}, err
	}
	if !approvable[d.Status] {
		return d, Article{}, fmt.Errorf("%w: draft is %s", ErrStatus, d.Status)
	}
	a, err := ParseArticle(d.Doc)
	if err != nil {
		return d, a, err
	}
	if a.EmbargoHold && a.EmbargoUntil == nil {
		return d, a, ErrEmbargoHold
	}
	return d, a, nil
}

// storyFor finds the story a draft belongs to — its own, or the one of the
// draft it revises — or starts a new one.
func (s *Service) storyFor(ctx context.Context, tx *store.PubTx, draftID int64, a Article) (store.PubStory, error) {
	st, err := tx.StoryOfDraft(ctx, draftID)
	if !errors.Is(err, store.ErrNotFound) {
		return st, err
	}
	if rev := a.Revises(); rev != 0 {
		st, err = tx.StoryOfDraft(ctx, rev)
		if err == nil {
			return st, tx.AddStoryDraft(ctx, st.ID, draftID)
		}
		if !errors.Is(err, store.ErrNotFound) {
			return st, err
		}
	}
	return tx.CreateStory(ctx, draftID, s.URIPrefix)
}

// schedule puts a story on the schedule; a changed instant raises an alert.
func (s *Service) schedule(ctx context.Context, tx *store.PubTx, story store.PubStory, draftID int64, due time.Time, actor string) error {
	prev, err := tx.Schedule(ctx, store.Scheduled{Story: story.ID, Draft: draftID, DueAt: due, Actor: actor})
	if err != nil {
		return err
	}
	if prev != nil && !prev.DueAt.Equal(due) {
		msg := fmt.Sprintf("embargo of %s moved from %s to %s (draft %d, by %s)", story.URI,
			prev.DueAt.UTC().Format(time.RFC3339), due.UTC().Format(time.RFC3339), draftID, actor)
		if err := tx.Alert(ctx, "embargo_changed", story.ID, msg); err != nil {
			return err
		}
		s.Log.Warn("publish: embargo changed", "story", story.URI, "draft", draftID, "from", prev.DueAt, "to", due)
	}
	if story.Status != "usable" {
		story.Status = "scheduled"
	}
	story.EmbargoUntil = &due
	if err := tx.UpdateStory(ctx, story); err != nil {
		return err
	}
	return tx.SetDraftStatus(ctx, draftID, "scheduled")
}
