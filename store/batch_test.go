package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"newsdesk/draft"
)

// One email whose rows fail (its story, here) rolls back alone; the
// batch's other emails commit, and the failed one stores on a retry.
func TestSaveMessagesRollsBackOnlyTheFailingEmail(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	bad := message("a:1:2", "<2@x>", "two")
	bad.Tag = func(ctx context.Context, q Querier) (Tagged, error) {
		// Its message, draft and entity rows are written before its
		// story fails (a revision of a draft that does not exist): they
		// must go too.
		return Tagged{Tags: draft.Tags{People: []string{"Ada"}}, Story: &Story{RevisionOf: 1 << 40, Diff: []string{}}}, nil
	}
	unsaved := message("a:1:4", "<4@x>", "four")
	unsaved.Draft = nil
	batch := []Message{message("a:1:1", "<1@x>", "one"), bad, message("a:1:3", "<3@x>", "three"), unsaved,
		message("b:1:1", "<1@x>", "one")} // the first email again, from another mailbox, in the same batch
	saved, err := s.SaveMessages(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	want := []Outcome{Stored, 0, Stored, 0, Duplicate}
	for i, sv := range saved {
		failing := i == 1 || i == 3
		if (sv.Err != nil) != failing || (!failing && sv.Outcome != want[i]) {
			t.Errorf("%s: saved %+v, want outcome %s, failing %v", batch[i].SourceKey, sv, want[i], failing)
		}
	}
	if pgErr := (*pgconn.PgError)(nil); !errors.As(saved[1].Err, &pgErr) || pgErr.Code != "23503" {
		t.Errorf("error %v, want the story's foreign key violation", saved[1].Err)
	}
	var entities int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM draft_entities`).Scan(&entities); err != nil || entities != 0 {
		t.Errorf("%d entities of the rolled-back email left (%v)", entities, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Messages: 2, Drafts: 2}); st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	bad.Tag = nil
	if out, err := s.SaveMessage(ctx, bad); err != nil || out != Stored {
		t.Errorf("retry alone: %s, %v", out, err)
	}
}

// A first delivery writes no attempt; the count that a redelivery starts
// includes it, and one that failed with an error already left its row.
func TestAttemptsCountTheFirstDelivery(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	check := func(key string, want int, wantErr string) {
		t.Helper()
		n, last, err := s.BeginAttempt(ctx, key)
		if err != nil || n != want || last != wantErr {
			t.Errorf("%s: attempt %d, last error %q, %v; want %d, %q", key, n, last, err, want, wantErr)
		}
	}
	// The first delivery's worker died: nothing was written.
	check("a:1:1", 2, "")
	check("a:1:1", 3, "")
	// The first delivery failed with an error.
	if err := s.AttemptFailed(ctx, "a:1:2", "store refused"); err != nil {
		t.Fatal(err)
	}
	check("a:1:2", 2, "store refused")
	if err := s.AttemptFailed(ctx, "a:1:2", "again"); err != nil {
		t.Fatal(err)
	}
	check("a:1:2", 3, "again")
	// Storing the email clears its attempts.
	if _, err := s.SaveMessage(ctx, message("a:1:2", "<2@x>", "two")); err != nil {
		t.Fatal(err)
	}
	check("a:1:2", 2, "")
}

// Two batches holding drafts of different tabs in opposite orders (a
// release, then a non-release; and the other way round) store side by
// side: each draft updates its tab's draft_counts row, so without turns
// they deadlock.
func TestConcurrentBatchesDoNotDeadlock(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	kinds := func(i int, first, second draft.Kind) []Message {
		a := message(fmt.Sprintf("a:%d:1", i), fmt.Sprintf("<a%d@x>", i), fmt.Sprintf("a%d", i))
		b := message(fmt.Sprintf("a:%d:2", i), fmt.Sprintf("<b%d@x>", i), fmt.Sprintf("b%d", i))
		a.Draft.Kind, b.Draft.Kind = first, second
		return []Message{a, b}
	}
	for i := range 20 {
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for j, batch := range [][]Message{kinds(2*i, draft.PressRelease, draft.NotPressRelease), kinds(2*i+1, draft.NotPressRelease, draft.PressRelease)} {
			wg.Go(func() {
				saved, err := s.SaveMessages(ctx, batch)
				for _, sv := range saved {
					err = errors.Join(err, sv.Err)
				}
				errs[j] = err
			})
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
	}
}
