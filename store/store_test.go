package store

import (
	"context"
	"sync"
	"testing"

	"newsdesk/draft"
	"newsdesk/svctest"
)

func open(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestOpenCreatesTheDatabase(t *testing.T) {
	ctx := context.Background()
	url := svctest.Postgres(t) // a database we may drop and have re-created
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, "SELECT 1"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	missing := svctest.Unique("newsdesk_test_missing")
	s, err = Open(ctx, "postgres:///"+missing+"?host=/var/run/postgresql")
	if err != nil {
		t.Fatalf("missing database not created: %v", err)
	}
	s.Close()
	t.Cleanup(func() {
		admin, err := Open(ctx, url)
		if err == nil {
			admin.pool.Exec(ctx, "DROP DATABASE IF EXISTS "+missing+" WITH (FORCE)")
			admin.Close()
		}
	})
}

func TestMigrateConcurrentlyAndTwice(t *testing.T) {
	ctx := context.Background()
	url := svctest.Postgres(t)
	var wg sync.WaitGroup
	errs := make([]error, 3)
	for i := range errs {
		wg.Go(func() {
			s, err := Open(ctx, url)
			if err != nil {
				errs[i] = err
				return
			}
			defer s.Close()
			errs[i] = s.Migrate(ctx)
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatalf("second migration: %v", err)
	}
}

func TestCursor(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	c, err := s.Cursor(ctx, "mb")
	if err != nil || c != (Cursor{}) {
		t.Fatalf("fresh cursor %+v, %v", c, err)
	}
	for _, want := range []Cursor{{7, 3}, {7, 4}, {4294967295, 4294967295}} {
		if err := s.SaveCursor(ctx, "mb", want); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Cursor(ctx, "mb"); err != nil || got != want {
			t.Fatalf("got %+v, %v; want %+v", got, err, want)
		}
	}
}

func message(key, msgID, body string) Message {
	return Message{
		SourceKey: key, MessageID: msgID, ContentHash: []byte(body), Raw: []byte("Subject: s\r\n\r\n" + body),
		Status: Drafted, Draft: &draft.Draft{Kind: draft.PressRelease, Headline: "H " + body, BodyText: body, Warnings: []string{}},
	}
}

func TestSaveMessageNeverDoubles(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	check := func(m Message, want Outcome) {
		t.Helper()
		got, err := s.SaveMessage(ctx, m)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: outcome %s, want %s", m.SourceKey, got, want)
		}
	}
	check(message("a:1:1", "<1@x>", "one"), Stored)
	check(message("a:1:1", "<1@x>", "one"), Redeliver)         // queue redelivery
	check(message("a:2:1", "<1@x>", "one"), Duplicate)         // UIDVALIDITY reset
	check(message("b:9:5", "<1@x>", "one"), Duplicate)         // same email, second mailbox
	check(message("a:1:2", "<1@x>", "one, corrected"), Stored) // same Message-ID, new content
	check(message("a:1:3", "", "junk"), Stored)                // no Message-ID at all
	rejected := Message{SourceKey: "a:1:4", ContentHash: []byte("bad"), Raw: []byte("\x00"), Status: Rejected, Reason: "unreadable"}
	check(rejected, Stored)
	failed := Message{SourceKey: "a:1:5", ContentHash: []byte("boom"), Raw: []byte("x"), Status: Failed, Reason: "panic"}
	check(failed, Stored)

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Messages: 5, Drafts: 3, Rejected: 1, Failed: 1}); st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	var headlines []string
	err = s.EachDraft(ctx, func(d draft.Stored) error {
		if d.ID == 0 || d.Status != "new" || d.CreatedAt.IsZero() {
			t.Errorf("stored draft %+v", d)
		}
		headlines = append(headlines, d.Headline)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(headlines) != 3 || headlines[0] != "H one" || headlines[1] != "H one, corrected" {
		t.Errorf("exported headlines %q", headlines)
	}
}

func TestSaveMessageConcurrentRedelivery(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	var wg sync.WaitGroup
	outcomes := make([]Outcome, 8)
	for i := range outcomes {
		wg.Go(func() {
			var err error
			// Half share the source key, half arrive from other mailboxes.
			key := "a:1:1"
			if i%2 == 1 {
				key = "m" + string(rune('a'+i)) + ":1:1"
			}
			if outcomes[i], err = s.SaveMessage(ctx, message(key, "<1@x>", "one")); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	stored := 0
	for _, o := range outcomes {
		if o == Stored {
			stored++
		}
	}
	st, _ := s.Stats(ctx)
	if stored != 1 || st.Messages != 1 || st.Drafts != 1 {
		t.Errorf("outcomes %v, stats %+v: want exactly one stored", outcomes, st)
	}
}
