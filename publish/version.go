package publish

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"newsdesk/store"
)

// Event types, in the payload's "type" and on NATS.
const (
	EventPublished = "story.published"
	EventCorrected = "story.corrected"
	EventCanceled  = "story.canceled"
)

// Payload is the body of every webhook and NATS message: the Standard
// Webhooks shape (type, timestamp, data), data being the ninjs document.
type Payload struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	Data      Ninjs  `json:"data"`
}

// publishVersion writes the next version of a story, and the events that
// announce it, in the caller's transaction. It is the last gate: whatever
// path led here, an article still under embargo by the database's clock
// is refused.
func (s *Service) publishVersion(ctx context.Context, tx *store.PubTx, story store.PubStory, draftID int64, a Article, actor string) error {
	now, err := tx.Now(ctx)
	if err != nil {
		return err
	}
	if a.EmbargoUntil != nil && a.EmbargoUntil.After(now) {
		return &EmbargoError{Until: *a.EmbargoUntil}
	}
	info := VersionInfo{URI: story.URI, Version: story.Version + 1, FirstCreated: now, Created: now}
	typ := EventPublished
	if story.Version > 0 {
		typ = EventCorrected
		prev, err := s.previous(ctx, tx, story.ID)
		if err != nil {
			return err
		}
		info.FirstCreated = prev.first
		info.EdNote = "Correction: " + changes(prev.article, a) + "."
	}
	n := BuildNinjs(a, info)
	if err := s.writeVersion(ctx, tx, story, info.Version, draftID, n, typ, s.topics.tops(a.Topics), now); err != nil {
		return err
	}
	if err := tx.Unschedule(ctx, story.ID); err != nil {
		return err
	}
	story.Status, story.Version, story.EmbargoUntil = "usable", info.Version, a.EmbargoUntil
	if err := tx.UpdateStory(ctx, story); err != nil {
		return err
	}
	s.Log.Debug("publish: version written", "story", story.URI, "version", info.Version, "draft", draftID, "actor", actor)
	return tx.SetDraftStatus(ctx, draftID, "published")
}

// Unpublish withdraws a published story: a new version with pubstatus
// canceled goes out everywhere the story went. A story still waiting for
// its embargo just leaves the schedule.
func (s *Service) Unpublish(ctx context.Context, draftID int64, actor, reason string) error {
	err := s.Store.InPubTx(ctx, func(tx *store.PubTx) error {
		story, err := tx.StoryOfDraft(ctx, draftID)
		if errors.Is(err, store.ErrNotFound) || (err == nil && story.Status == "canceled") {
			return ErrNotPublished
		}
		if err != nil {
			return err
		}
		if err := tx.Audit(ctx, actor, "unpublish", draftID, story.ID, reason, nil); err != nil {
			return err
		}
		if err := tx.Unschedule(ctx, story.ID); err != nil {
			return err
		}
		if story.Status != "usable" {
			story.Status = "canceled"
			if err := tx.UpdateStory(ctx, story); err != nil {
				return err
			}
			return tx.SetDraftStatus(ctx, draftID, "approved")
		}
		prev, err := s.previous(ctx, tx, story.ID)
		if err != nil {
			return err
		}
		now, err := tx.Now(ctx)
		if err != nil {
			return err
		}
		n := prev.doc
		n.Version, n.VersionCreated, n.PubStatus = fmt.Sprint(story.Version+1), stamp(now), "canceled"
		n.EdNote = strings.TrimSpace("Withdrawn. " + reason)
		story.Status, story.Version = "canceled", story.Version+1
		if err := s.writeVersion(ctx, tx, story, story.Version, prev.draft, n, EventCanceled, nil, now); err != nil {
			return err
		}
		return tx.UpdateStory(ctx, story)
	})
	if err != nil {
		return fmt.Errorf("publish: unpublish draft %d: %w", draftID, err)
	}
	return nil
}

// writeVersion stores a ninjs version and its event in the outbox.
func (s *Service) writeVersion(ctx context.Context, tx *store.PubTx, story store.PubStory, version int, draftID int64, n Ninjs, typ string, tops []string, created time.Time) error {
	doc, err := json.Marshal(n)
	if err != nil {
		return fmt.Errorf("publish: encode ninjs: %w", err)
	}
	if _, err := tx.AddVersion(ctx, store.Version{Story: story.ID, Version: version, Draft: draftID,
		PubStatus: n.PubStatus, TopTopics: tops, Doc: doc, Created: created}); err != nil {
		return err
	}
	body, err := json.Marshal(Payload{Type: typ, Timestamp: n.VersionCreated, Data: n})
	if err != nil {
		return fmt.Errorf("publish: encode event: %w", err)
	}
	return tx.AddEvent(ctx, store.Event{ID: fmt.Sprintf("msg_%d_%d", story.ID, version), Type: typ,
		Story: story.ID, Version: version, Body: body})
}

type previousVersion struct {
	doc     Ninjs
	article Article // as far as the ninjs document tells it
	first   time.Time
	draft   int64
}

func (s *Service) previous(ctx context.Context, tx *store.PubTx, storyID int64) (previousVersion, error) {
	var p previousVersion
	doc, draftID, err := tx.LastVersion(ctx, storyID)
	if err != nil {
		return p, err
	}
	if err := json.Unmarshal(doc, &p.doc); err != nil {
		return p, fmt.Errorf("publish: stored ninjs of story %d: %w", storyID, err)
	}
	p.first, _ = time.Parse(time.RFC3339, p.doc.FirstCreated) // RFC3339 parsing accepts fractions too
	p.draft = draftID
	p.article = articleOf(p.doc)
	return p, nil
}

// articleOf recovers the fields a correction note compares.
func articleOf(n Ninjs) Article {
	var a Article
	for _, h := range n.Headlines {
		if h.Role == "main" {
			a.Headline = h.Value
		}
	}
	for _, b := range n.Bodies {
		if b.ContentType == "text/plain" {
			a.BodyText = b.Value
		}
	}
	if t, err := time.Parse(time.RFC3339, n.Embargoed); err == nil {
		a.EmbargoUntil = &t
	}
	for _, sub := range n.Subjects {
		a.Topics = append(a.Topics, Topic{Code: strings.TrimPrefix(sub.URI, MediaTopicURI)})
	}
	return a
}

// changes names what a correction changed, for its ednote.
func changes(old, cur Article) string {
	var what []string
	if old.Headline != cur.Headline {
		what = append(what, "headline")
	}
	if old.BodyText != cur.BodyText {
		what = append(what, "body")
	}
	if !sameInstant(old.EmbargoUntil, cur.EmbargoUntil) {
		what = append(what, "embargo")
	}
	codes := func(ts []Topic) []string {
		var c []string
		for _, t := range ts {
			c = append(c, t.Code)
		}
		slices.Sort(c)
		return c
	}
	if !slices.Equal(codes(old.Topics), codes(cur.Topics)) {
		what = append(what, "subjects")
	}
	if len(what) == 0 {
		return "details changed"
	}
	return strings.Join(what, ", ") + " changed"
}

func sameInstant(a, b *time.Time) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Truncate(time.Second).Equal(b.Truncate(time.Second))
}
