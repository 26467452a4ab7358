package store

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"newsdesk/draft"
	"newsdesk/svctest"
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

// Batches store side by side while editors move drafts between tabs:
// no deadlock (each batch's drafts of mixed tabs come in an order of its
// own, which deadlocked on the tab rows while draft_counts had one row per
// tab), and the tab counts read from the delta rows equal a count of the
// drafts.
func TestConcurrentBatchesCountWithoutDeadlock(t *testing.T) {
	ctx := context.Background()
	url := svctest.Postgres(t)
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	const workers, batches, size = 4, 15, 8
	kinds := []draft.Kind{draft.PressRelease, draft.NotPressRelease}
	var wg sync.WaitGroup
	errs := make([]error, workers+1)
	for w := range workers {
		wg.Go(func() {
			rnd := rand.New(rand.NewPCG(uint64(w), 1))
			for b := range batches {
				batch := make([]Message, size)
				for i := range batch {
					id := fmt.Sprintf("w%d-b%d-%d", w, b, i)
					batch[i] = message(id+":1:1", "<"+id+"@x>", id)
					batch[i].Draft.Kind = kinds[rnd.IntN(len(kinds))]
				}
				saved, err := s.SaveMessages(ctx, batch)
				for _, sv := range saved {
					err = errors.Join(err, sv.Err)
				}
				if err != nil {
					errs[w] = err
					return
				}
			}
		})
	}
	wg.Go(func() { // an editor's desk, moving drafts between tabs meanwhile
		for range 40 {
			_, err := s.pool.Exec(ctx, `UPDATE drafts SET status = CASE status WHEN 'new' THEN 'in_review' ELSE 'rejected' END
				WHERE id IN (SELECT id FROM drafts WHERE status <> 'rejected' ORDER BY random() LIMIT 3)`)
			if err != nil {
				errs[workers] = err
				return
			}
		}
	})
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	counts, _, err := s.QueueCounts(ctx, QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	rows, err := s.pool.Query(ctx, `SELECT newsdesk_draft_tab(kind, status), count(*) FROM drafts GROUP BY 1`)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{TabFailed: 0}
	var tab string
	var n, total int
	if _, err := pgx.ForEachRow(rows, []any{&tab, &n}, func() error { want[tab], total = n, total+n; return nil }); err != nil {
		t.Fatal(err)
	}
	maps.DeleteFunc(counts, func(tab string, n int) bool { return n == 0 && tab != TabFailed }) // a tab emptied by the desk
	if total != workers*batches*size || !maps.Equal(counts, want) {
		t.Errorf("%d drafts; counts %v, want %v", total, counts, want)
	}
	var rowsLeft int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM draft_counts`).Scan(&rowsLeft); err != nil || rowsLeft > len(Tabs) {
		t.Errorf("%d delta rows left after QueueCounts folded them (%v)", rowsLeft, err)
	}
	s.Close()
	if n := deadlocks(t, url); n != 0 {
		t.Errorf("PostgreSQL broke %d deadlocks", n)
	}
}

// deadlocks reads how many deadlocks PostgreSQL broke in url's database,
// once the other connections to it have gone: a backend reports its
// statistics as it exits.
func deadlocks(t *testing.T, url string) int64 {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for range 100 {
		var others int
		if err := conn.QueryRow(ctx, `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND pid <> pg_backend_pid()`).Scan(&others); err != nil {
			t.Fatal(err)
		}
		if others == 0 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	var n int64
	if err := conn.QueryRow(ctx, `SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// Two copies of a story saved at the same moment by two batches end in
// one cluster: the second waits on the story's keys until the first
// commits, and its tagging then finds the first as a candidate. Each
// copy's tagging lingers after reading its candidates, so without the
// keys both would read none and start a cluster each.
func TestConcurrentCopiesShareACluster(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	for round := range 5 {
		bands := []int64{int64(round)<<40 | 7, int64(round)<<40 | 3, -int64(round) - 1}
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for c := range 2 {
			id := fmt.Sprintf("r%d-c%d", round, c)
			m := message(id+":1:1", "<"+id+"@x>", id)
			m.StoryKeys = bands
			m.Tag = func(ctx context.Context, q Querier) (Tagged, error) {
				found, err := StoryCandidates(ctx, q, bands)
				if err != nil {
					return Tagged{}, err
				}
				st := &Story{MinHash: []uint64{1, 2}, Bands: bands}
				if len(found) > 0 {
					st.Cluster, st.DuplicateOf = found[0].Cluster, found[0].ID
				}
				time.Sleep(100 * time.Millisecond)
				return Tagged{Story: st}, nil
			}
			// The other batch's first email has no story: it holds the
			// other batch's savepoint and rows while this one waits.
			batch := []Message{message(id+"-other:1:1", "<"+id+"-other@x>", id+" other"), m}
			wg.Go(func() {
				saved, err := s.SaveMessages(ctx, batch)
				for _, sv := range saved {
					err = errors.Join(err, sv.Err)
				}
				errs[c] = err
			})
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatal(err)
		}
		var clusters int
		if err := s.pool.QueryRow(ctx, `SELECT count(DISTINCT s.cluster) FROM draft_stories s
			JOIN drafts d ON d.id = s.draft WHERE d.headline LIKE $1`, fmt.Sprintf("H r%d-%%", round)).Scan(&clusters); err != nil {
			t.Fatal(err)
		}
		if clusters != 1 {
			t.Errorf("round %d: the two copies are in %d clusters", round, clusters)
		}
	}
}

// TestLockSlots reads the lock table's size as the server's own settings
// give it.
func TestLockSlots(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	got, err := s.LockSlots(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var perTx, conns, prepared int
	if err := s.pool.QueryRow(ctx, `SELECT
		(SELECT setting::int FROM pg_settings WHERE name = 'max_locks_per_transaction'),
		(SELECT setting::int FROM pg_settings WHERE name = 'max_connections'),
		(SELECT setting::int FROM pg_settings WHERE name = 'max_prepared_transactions')`).Scan(&perTx, &conns, &prepared); err != nil {
		t.Fatal(err)
	}
	if want := perTx * (conns + prepared); got != want || got <= 0 {
		t.Errorf("LockSlots = %d, want %d (%d × (%d + %d))", got, want, perTx, conns, prepared)
	}
}

// A key that saves only add under (Message.AddedKeys) is held shared:
// two such saves run their tagging side by side, and a save that looks
// the key up (Message.StoryKeys) waits until both have committed, so its
// tagging finds both drafts.
func TestAddedKeysWaitOnlyForLookups(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	const key = int64(-42)
	type span struct{ start, end time.Time }
	spans := make([]span, 3)
	started := make(chan struct{}, 3)
	found := -1
	save := func(i int, lookup bool) error {
		m := message(fmt.Sprintf("k:1:%d", i), fmt.Sprintf("<%d@x>", i), fmt.Sprint("added ", i))
		if lookup {
			m.StoryKeys = []int64{key}
		} else {
			m.AddedKeys = []int64{key}
		}
		m.Tag = func(ctx context.Context, q Querier) (Tagged, error) {
			spans[i].start = time.Now()
			started <- struct{}{}
			if lookup {
				var n int
				if err := q.QueryRow(ctx, `SELECT count(*) FROM drafts`).Scan(&n); err != nil {
					return Tagged{}, err
				}
				found = n
			} else {
				time.Sleep(300 * time.Millisecond)
			}
			spans[i].end = time.Now()
			return Tagged{}, nil
		}
		_, err := s.SaveMessage(ctx, m)
		return err
	}
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range 3 {
		wg.Go(func() { errs[i] = save(i, i == 2) })
		if i < 2 {
			<-started // the save holds the key
		}
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	if !spans[1].start.Before(spans[0].end) {
		t.Errorf("the second save that adds the key waited for the first (started %v after it)", spans[1].start.Sub(spans[0].start))
	}
	if spans[2].start.Before(spans[0].end) || spans[2].start.Before(spans[1].end) || found != 2 {
		t.Errorf("the save that looks the key up did not wait for both that add it: it found %d drafts", found)
	}
}
