package publish

import (
	"context"
	"fmt"
	"sync"
	"time"

	"newsdesk/store"
)

// Scheduler publishes scheduled stories when their embargo lifts. The
// schedule lives in PostgreSQL; any number of replicas may run one. Each
// sleeps until the next due instant (by the database's clock) or until a
// trigger NOTIFYs that the schedule changed, then claims due rows with
// FOR UPDATE SKIP LOCKED and publishes each in the transaction that
// deletes it: a crash publishes a row fully or not at all, and a replica
// that takes over finds it still there.
type Scheduler struct {
	Service *Service
	// Poll bounds the sleep, in case a notification is lost; default 30 s.
	Poll time.Duration
}

// Run works until ctx ends.
func (s *Scheduler) Run(ctx context.Context) error {
	poll := s.Poll
	if poll <= 0 {
		poll = 30 * time.Second
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	wake := make(chan struct{}, 1)
	wg.Go(func() { s.Service.Store.Wake(ctx, s.Service.Log, store.ScheduleChannel, wake) })
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-wake:
		case <-timer.C:
		}
		failed := s.publishDue(ctx)
		if failed != nil && ctx.Err() == nil {
			s.Service.Log.Error("publish: scheduler", "err", failed)
		}
		wait, ok, err := s.Service.Store.NextDue(ctx)
		switch {
		case failed != nil || err != nil:
			// The database is away, perhaps at a lift instant: try again
			// soon, not after a whole poll.
			wait = time.Second
		case !ok:
			wait = poll
		case wait <= 0:
			// Due but locked by another replica or an approval in
			// progress: look again soon rather than spin.
			wait = 20 * time.Millisecond
		}
		timer.Reset(min(wait, poll))
	}
}

// publishDue publishes every due row, a batch per transaction.
func (s *Scheduler) publishDue(ctx context.Context) error {
	for {
		n := 0
		err := s.Service.Store.InPubTx(ctx, func(tx *store.PubTx) error {
			due, err := tx.ClaimDue(ctx, 20)
			n = len(due)
			for _, d := range due {
				if err != nil {
					break
				}
				err = s.Service.publishDue(ctx, tx, d)
			}
			return err
		})
		if err != nil {
			return fmt.Errorf("publish: scheduled publishing: %w", err)
		}
		if n == 0 {
			return nil
		}
	}
}

// publishDue publishes one claimed row, unless its draft changed under it.
func (s *Service) publishDue(ctx context.Context, tx *store.PubTx, d store.Due) error {
	if d.Draft.Status != "scheduled" {
		// Rejected or sent back to review since: it must not go out.
		s.Log.Warn("publish: scheduled draft no longer scheduled", "draft", d.Draft.ID, "status", d.Draft.Status)
		return tx.Unschedule(ctx, d.Story.ID)
	}
	a, err := ParseArticle(d.Draft.Doc)
	if err != nil {
		// Bad data must not block the batch (and every story due after
		// it) forever: take it off the schedule and tell the desk.
		s.Log.Error("publish: scheduled draft unreadable", "draft", d.Draft.ID, "err", err)
		if err := tx.Alert(ctx, "publish_failed", d.Story.ID,
			fmt.Sprintf("draft %d of %s could not be read at its embargo and was not published: %v", d.Draft.ID, d.Story.URI, err)); err != nil {
			return err
		}
		return tx.Unschedule(ctx, d.Story.ID)
	}
	now, err := tx.Now(ctx)
	if err != nil {
		return err
	}
	if a.EmbargoHold && a.EmbargoUntil == nil {
		return tx.Unschedule(ctx, d.Story.ID)
	}
	if a.EmbargoUntil != nil && a.EmbargoUntil.After(now) {
		// The draft's embargo moved later without going through SetEmbargo.
		return s.schedule(ctx, tx, d.Story, d.Draft.ID, *a.EmbargoUntil, d.Actor)
	}
	actor := "scheduler (approved by " + d.Actor + ")"
	if err := tx.Audit(ctx, actor, "publish_scheduled", d.Draft.ID, d.Story.ID, "",
		map[string]any{"due_at": d.DueAt, "late_ms": now.Sub(d.DueAt).Milliseconds()}); err != nil {
		return err
	}
	return s.publishVersion(ctx, tx, d.Story, d.Draft.ID, a, actor)
}
