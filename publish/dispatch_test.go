package publish

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/svctest"
)

func runDispatcher(t *testing.T, d *Dispatcher) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := d.Run(ctx); err != nil {
			t.Error(err)
		}
	})
	t.Cleanup(func() { cancel(); wg.Wait() })
}

func waitFor(t *testing.T, what string, limit time.Duration, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestDispatchSignedWebhooksAndNATS(t *testing.T) {
	s, ctx := newTestService(t), context.Background()
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
	if err := EnsureEventStream(ctx, js, prefix); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { js.DeleteStream(context.Background(), prefix+"_published") })

	rcv := newReceiver(t)
	if rcv.secret, err = AddWebhook(ctx, s.Store, "partner", rcv.srv.URL+"/hook"); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(rcv.secret, "whsec_") {
		t.Fatalf("secret %q", rcv.secret)
	}
	id := addDraft(t, s.Store, article("Bridge opens", nil))
	if err := s.Approve(ctx, id, "ed"); err != nil {
		t.Fatal(err)
	}
	rev := article("Bridge opens on Monday", nil)
	rev.RevisionOf = json.RawMessage(fmt.Sprint(id))
	if err := s.Approve(ctx, addDraft(t, s.Store, rev), "ed"); err != nil {
		t.Fatal(err)
	}
	if err := s.Unpublish(ctx, id, "ed", "withdrawn"); err != nil {
		t.Fatal(err)
	}
	runDispatcher(t, &Dispatcher{Store: s.Store, Log: testLog(t), JS: js, Queue: prefix})

	waitFor(t, "three webhooks", 10*time.Second, func() bool { b, _, _ := rcv.snapshot(); return len(b) == 3 })
	bodies, first, bad := rcv.snapshot()
	if bad != 0 {
		t.Errorf("%d requests failed signature verification", bad)
	}
	var types []string
	schema := ninjsSchema(t)
	for i, id := range []string{"msg_1_1", "msg_1_2", "msg_1_3"} {
		var p struct {
			Type string
			Data json.RawMessage
		}
		if len(bodies[id]) == 0 || json.Unmarshal([]byte(bodies[id][0]), &p) != nil {
			t.Fatalf("event %s not received: %v", id, bodies)
		}
		validNinjs(t, schema, p.Data)
		types = append(types, p.Type)
		if prev := fmt.Sprintf("msg_1_%d", i); i > 0 && !first[prev].Before(first[id]) {
			t.Errorf("%s arrived before %s", id, prev)
		}
	}
	if got := strings.Join(types, " "); got != "story.published story.corrected story.canceled" {
		t.Errorf("event types %s", got)
	}
	stream, err := js.Stream(ctx, prefix+"_published")
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "three NATS events", 5*time.Second, func() bool {
		info, err := stream.Info(ctx)
		return err == nil && info.State.Msgs == 3
	})
	m, err := stream.GetMsg(ctx, 1)
	if err != nil || m.Header.Get("Nats-Msg-Id") != "msg_1_1" || string(m.Data) != bodies["msg_1_1"][0] {
		t.Errorf("NATS message 1: %v %v", m, err)
	}
}

func TestDispatchRetriesThenDisables(t *testing.T) {
	s, ctx := newTestService(t), context.Background()
	rcv := newReceiver(t)
	rcv.fail = true
	var err error
	if rcv.secret, err = AddWebhook(ctx, s.Store, "flaky", rcv.srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := s.Approve(ctx, addDraft(t, s.Store, article("One", nil)), "ed"); err != nil {
		t.Fatal(err)
	}
	runDispatcher(t, &Dispatcher{Store: s.Store, Log: testLog(t), Opts: DispatchOptions{
		FirstRetry: 20 * time.Millisecond, DisableAfter: 4, DisableAge: time.Millisecond}})
	waitFor(t, "the endpoint to be disabled", 10*time.Second, func() bool {
		eps, err := s.Store.Endpoints(ctx)
		return err == nil && len(eps) == 1 && !eps[0].Enabled
	})
	bodies, _, _ := rcv.snapshot()
	if n := len(bodies["msg_1_1"]); n != 4 {
		t.Errorf("%d attempts before disabling, want 4", n)
	}
	for _, b := range bodies["msg_1_1"] {
		if b != bodies["msg_1_1"][0] {
			t.Errorf("a retry sent a different body")
		}
	}
	log, err := s.Store.DeliveryLog(ctx, 1, 10)
	if err != nil || len(log) != 4 || log[0].StatusCode != 500 || log[0].Attempt != 4 {
		t.Errorf("delivery log %+v, %v", log, err)
	}
	alerts, _ := s.Store.Alerts(ctx, 10)
	if len(alerts) != 1 || alerts[0].Kind != "endpoint_disabled" {
		t.Errorf("alerts %+v", alerts)
	}

	// A story published while the endpoint is disabled waits for it.
	if err := s.Approve(ctx, addDraft(t, s.Store, article("Two", nil)), "ed"); err != nil {
		t.Fatal(err)
	}
	// Fixed at the partner and enabled again: both events go out.
	rcv.mu.Lock()
	rcv.fail = false
	rcv.mu.Unlock()
	if err := s.Store.EnableEndpoint(ctx, "flaky"); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "delivery after re-enabling", 10*time.Second, func() bool {
		b, _, _ := rcv.snapshot()
		return len(b["msg_1_1"]) == 5 && len(b["msg_2_1"]) == 1
	})
}
