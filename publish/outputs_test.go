package publish

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/svctest"
)

// The "done when": a draft approved in the desk appears as valid
// ninjs in the API and the Atom feed and reaches a webhook receiver signed
// and NATS; an embargoed one only after its lift.
func TestApprovedDraftsReachEveryOutput(t *testing.T) {
	s, ctx, schema := newTestService(t), context.Background(), ninjsSchema(t)
	nc, err := nats.Connect(svctest.NATS(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	prefix := svctest.Unique("pubtest")
	t.Cleanup(func() { js.DeleteStream(context.Background(), prefix+"_published") })
	rcv := newReceiver(t)
	if rcv.secret, err = AddWebhook(ctx, s.Store, "site", rcv.srv.URL); err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := RunOutputs(runCtx, s.Store, js, prefix, testLog(t)); err != nil {
			t.Error(err)
		}
	})
	t.Cleanup(func() { cancel(); wg.Wait() })

	lift := wallNow().Add(3 * time.Second) // room for a slow machine before the first GET
	if err := s.Approve(ctx, addDraft(t, s.Store, article("Now", nil)), "ed"); err != nil {
		t.Fatal(err)
	}
	if err := s.Approve(ctx, addDraft(t, s.Store, article("Later", &lift)), "ed"); err != nil {
		t.Fatal(err)
	}
	srv := newAPIServer(t, s)
	var page Page
	getJSON(t, srv.URL+"/api/v1/published", &page)
	if len(page.Items) != 1 {
		t.Fatalf("%d items before the lift, want 1", len(page.Items))
	}
	waitFor(t, "both webhooks", 10*time.Second, func() bool { b, _, _ := rcv.snapshot(); return len(b) == 2 })
	_, first, bad := rcv.snapshot()
	if bad != 0 {
		t.Errorf("%d bad signatures", bad)
	}
	if first["msg_2_1"].Before(lift) {
		t.Errorf("embargoed story arrived %v early", lift.Sub(first["msg_2_1"]))
	}
	getJSON(t, srv.URL+"/api/v1/published?since="+page.Next, &page)
	if len(page.Items) != 1 {
		t.Fatalf("%d items after the lift, want 1", len(page.Items))
	}
	validNinjs(t, schema, page.Items[0])
	if f, _ := getFeed(t, srv.URL+"/feeds/published.atom"); len(f.Entries) != 2 || f.Entries[0].Title != "Later" {
		t.Errorf("atom entries %+v", f.Entries)
	}
	waitFor(t, "two NATS events", 5*time.Second, func() bool {
		st, err := js.Stream(ctx, prefix+"_published")
		if err != nil {
			return false
		}
		info, err := st.Info(ctx)
		return err == nil && info.State.Msgs == 2
	})
}
