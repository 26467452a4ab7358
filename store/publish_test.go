package store

import (
	"context"
	"testing"
)

// The audit log must refuse edits even from the application's own role.
func TestPublishAuditIsAppendOnly(t *testing.T) {
	s, ctx := open(t), context.Background()
	err := s.InPubTx(ctx, func(tx *PubTx) error {
		return tx.Audit(ctx, "chief", "embargo_override", 0, 0, "wire broke it", nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`UPDATE publish_audit SET reason = 'nothing'`, `DELETE FROM publish_audit`} {
		if _, err := s.pool.Exec(ctx, q); err == nil {
			t.Errorf("%s succeeded", q)
		}
	}
	var reason string
	if err := s.pool.QueryRow(ctx, `SELECT reason FROM publish_audit`).Scan(&reason); err != nil || reason != "wire broke it" {
		t.Errorf("audit row now %q, %v", reason, err)
	}
}

// A second claimer skips rows the first holds instead of waiting or
// taking them too.
func TestClaimDueSkipsLockedRows(t *testing.T) {
	s, ctx := open(t), context.Background()
	var story PubStory
	_, err := s.pool.Exec(ctx, `INSERT INTO messages (message_id, content_hash, raw, size, status) VALUES ('m', 'h', 'x', 1, 'drafted')`)
	if err != nil {
		t.Fatal(err)
	}
	var draftID int64
	if err := s.pool.QueryRow(ctx, `INSERT INTO drafts (message, status, kind, headline, doc)
		SELECT id, 'scheduled', 'press_release', 'h', '{}' FROM messages RETURNING id`).Scan(&draftID); err != nil {
		t.Fatal(err)
	}
	err = s.InPubTx(ctx, func(tx *PubTx) error {
		var err error
		if story, err = tx.CreateStory(ctx, draftID, "urn:t:"); err != nil {
			return err
		}
		_, err = tx.Schedule(ctx, Scheduled{Story: story.ID, Draft: draftID, Actor: "ed"})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback(ctx)
	got, err := (&PubTx{tx: first}).ClaimDue(ctx, 10)
	if err != nil || len(got) != 1 || got[0].Story.URI != story.URI {
		t.Fatalf("first claim: %+v %v", got, err)
	}
	err = s.InPubTx(ctx, func(tx *PubTx) error {
		again, err := tx.ClaimDue(ctx, 10)
		if len(again) != 0 {
			t.Errorf("second claimer got %+v", again)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
