package publish

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"
)

// runSchedulers starts n scheduler replicas, each on its own store, and
// stops them when the test ends.
func runSchedulers(t *testing.T, url string, n int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for range n {
		svc := NewService(openStore(t, url), "", testLog(t))
		wg.Go(func() {
			if err := (&Scheduler{Service: svc}).Run(ctx); err != nil {
				t.Error(err)
			}
		})
	}
	t.Cleanup(func() { cancel(); wg.Wait() })
}

func TestSchedulerReplicasPublishOnceAtLift(t *testing.T) {
	url := dbURL(t)
	s := NewService(openStore(t, url), "", testLog(t))
	runSchedulers(t, url, 3)
	const n = 30
	lifts, _ := scheduleStories(t, s, n, 1500*time.Millisecond, func(i int) time.Duration {
		return time.Duration(i) * 40 * time.Millisecond
	})
	deadline := time.Now().Add(10 * time.Second)
	for len(published(t, s.Store)) < n && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // a double publish would show up now
	ps := published(t, s.Store)
	if len(ps) != n {
		t.Fatalf("%d versions published, want %d", len(ps), n)
	}
	var worst time.Duration
	for _, p := range ps {
		d := ninjsOf(t, p)
		if d.Version != "1" {
			t.Errorf("%s published as version %s", d.URI, d.Version)
		}
		late := p.Created.Sub(lifts[fmt.Sprintf("msg_%d_1", p.Story)])
		if late < 0 || (late > time.Second && !raceDetector) {
			t.Errorf("%s published %v after its embargo", d.URI, late)
		}
		worst = max(worst, late)
	}
	t.Logf("worst lateness over %d stories, 3 replicas: %v", n, worst)
}

func TestRevisionMovesEmbargoAndAlerts(t *testing.T) {
	s, ctx := newTestService(t), context.Background()
	lift := time.Now().Add(time.Hour)
	first := addDraft(t, s.Store, article("Budget", &lift))
	if err := s.Approve(ctx, first, "ed"); err != nil {
		t.Fatal(err)
	}
	later := lift.Add(24 * time.Hour)
	rev := article("Budget", &later)
	rev.RevisionOf = json.RawMessage(fmt.Sprint(first))
	if err := s.Approve(ctx, addDraft(t, s.Store, rev), "ed2"); err != nil {
		t.Fatal(err)
	}
	alerts, err := s.Store.Alerts(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(alerts) != 1 || alerts[0].Kind != "embargo_changed" {
		t.Fatalf("alerts %+v, want one embargo_changed", alerts)
	}
	wait, ok, err := s.Store.NextDue(ctx)
	if err != nil || !ok || wait < 24*time.Hour {
		t.Errorf("next due in %v (%v, %v), want the moved embargo", wait, ok, err)
	}
}

// One unreadable draft must not hold back the stories due with it.
func TestSchedulerSkipsAnUnreadableDraft(t *testing.T) {
	url := dbURL(t)
	s, ctx := NewService(openStore(t, url), "", testLog(t)), context.Background()
	lift := time.Now().Add(time.Second)
	bad := addDraft(t, s.Store, article("bad", &lift))
	good := addDraft(t, s.Store, article("good", &lift))
	for _, id := range []int64{bad, good} {
		if err := s.Approve(ctx, id, "ed"); err != nil {
			t.Fatal(err)
		}
	}
	// Damaged after approval, e.g. by a faulty edit.
	if err := s.Store.SetDraftDoc(ctx, bad, []byte(`{"headline":42}`)); err != nil {
		t.Fatal(err)
	}
	runSchedulers(t, url, 1)
	waitFor(t, "the good story", 10*time.Second, func() bool { return len(published(t, s.Store)) == 1 })
	waitFor(t, "an alert", 5*time.Second, func() bool {
		alerts, err := s.Store.Alerts(ctx, 10)
		return err == nil && len(alerts) == 1 && alerts[0].Kind == "publish_failed"
	})
	if d := ninjsOf(t, published(t, s.Store)[0]); d.Headlines[0].Value != "good" {
		t.Errorf("published %q", d.Headlines[0].Value)
	}
}
