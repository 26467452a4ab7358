package main

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"newsdesk/queue"
	"newsdesk/store"
	"newsdesk/svctest"
)

// A stream that still holds messages the database has (what 2.9.10 left
// after a kill -9) is shown by stats and cleaned by queue reconcile.
func TestQueueStateAndReconcile(t *testing.T) {
	ctx := context.Background()
	vars := map[string]string{"DATABASE_URL": svctest.Postgres(t), "NATS_URL": svctest.NATS(t), "NEWSDESK_QUEUE": svctest.Unique("reconcile")}
	st, err := store.Open(ctx, vars["DATABASE_URL"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	q, err := queue.Open(ctx, queue.Options{URL: vars["NATS_URL"], Prefix: vars["NEWSDESK_QUEUE"]})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	for uid := range uint32(3) {
		m := queue.Mail{Mailbox: "desk", UIDValidity: 1, UID: uid + 1, Raw: []byte("Subject: s\r\n\r\nbody " + string(rune('a'+uid)))}
		if _, err := q.Publish(ctx, m); err != nil {
			t.Fatal(err)
		}
		if uid < 2 { // stored, as if a worker committed and the ack was lost
			if _, err := st.SaveMessage(ctx, store.Message{SourceKey: m.Key(), ContentHash: []byte{byte(uid)}, Raw: m.Raw, Status: store.Rejected}); err != nil {
				t.Fatal(err)
			}
		}
	}
	stats := func() queue.State {
		t.Helper()
		code, out, errOut := runCLI(t, vars, "stats", "-json")
		if code != 0 {
			t.Fatalf("stats: %d %s", code, errOut)
		}
		var s struct{ Queue *queue.State }
		if err := json.Unmarshal([]byte(out), &s); err != nil || s.Queue == nil {
			t.Fatalf("stats -json: %v\n%s", err, out)
		}
		return *s.Queue
	}
	if s := stats(); s.Messages != 3 || s.Pending != 3 || s.OldestAge <= 0 {
		t.Errorf("before: %+v", s)
	}
	if code, out, errOut := runCLI(t, vars, "queue", "reconcile", "-dry-run"); code != 0 || !strings.Contains(out, "2 already stored") {
		t.Errorf("dry run: %d %q %s", code, out, errOut)
	}
	if s := stats(); s.Messages != 3 {
		t.Errorf("the dry run removed messages: %+v", s)
	}
	if code, out, errOut := runCLI(t, vars, "queue", "reconcile"); code != 0 || !strings.Contains(out, "removed 2") {
		t.Errorf("reconcile: %d %q %s", code, out, errOut)
	}
	if s := stats(); s.Messages != 1 || s.Pending != 1 {
		t.Errorf("after: %+v", s)
	}
	if code, out, _ := runCLI(t, vars, "queue", "state"); code != 0 || !strings.Contains(out, "in stream  1") {
		t.Errorf("queue state: %d %q", code, out)
	}
}
