package publish

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"newsdesk/draft"
	"newsdesk/store"
	"newsdesk/svctest"
)

func newTestService(t testing.TB) *Service {
	t.Helper()
	return NewService(openStore(t, dbURL(t)), "", testLog(t))
}

func dbURL(t testing.TB) string { return svctest.Postgres(t) }

func testLog(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func openStore(t testing.TB, url string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if err := st.Migrate(context.Background()); err != nil {
		t.Fatal(err)
	}
	return st
}

// addDraft stores a draft the way the pipeline does, then gives it the
// tagger's fields, and returns its id.
func addDraft(t testing.TB, st *store.Store, a Article) int64 {
	t.Helper()
	ctx := context.Background()
	key := svctest.Unique("src")
	a.Source.MessageID = "<" + key + "@test>"
	if a.Kind == "" {
		a.Kind = draft.PressRelease
	}
	hash := sha256.Sum256([]byte(key))
	_, err := st.SaveMessage(ctx, store.Message{SourceKey: key, MessageID: a.Source.MessageID, ContentHash: hash[:],
		Raw: []byte("Subject: x\r\n\r\nx"), Status: store.Drafted, Draft: &a.Draft})
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	err = st.EachDraft(ctx, func(d draft.Stored) error {
		if d.Source.MessageID == a.Source.MessageID {
			id = d.ID
		}
		return nil
	})
	if err != nil || id == 0 {
		t.Fatalf("draft not found: %v", err)
	}
	doc, _ := json.Marshal(a)
	if err := st.SetDraftDoc(ctx, id, doc); err != nil {
		t.Fatal(err)
	}
	return id
}

func article(headline string, embargo *time.Time) Article {
	a := sampleArticle()
	a.Headline, a.EmbargoUntil = headline, embargo
	return a
}

// published returns every version in the feed, in order.
func published(t testing.TB, st *store.Store) []store.Published {
	t.Helper()
	ps, err := st.PublishedSince(context.Background(), 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	return ps
}

func ninjsOf(t testing.TB, p store.Published) Ninjs {
	t.Helper()
	var n Ninjs
	if err := json.Unmarshal(p.Doc, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestApprovePublishesNow(t *testing.T) {
	s, ctx, schema := newTestService(t), context.Background(), ninjsSchema(t)
	id := addDraft(t, s.Store, article("Bridge opens", nil))
	if err := s.Approve(ctx, id, "ed"); err != nil {
		t.Fatal(err)
	}
	ps := published(t, s.Store)
	if len(ps) != 1 {
		t.Fatalf("%d versions published, want 1", len(ps))
	}
	validNinjs(t, schema, ps[0].Doc)
	n := ninjsOf(t, ps[0])
	if n.Version != "1" || n.PubStatus != "usable" || n.Headlines[0].Value != "Bridge opens" || !strings.HasPrefix(n.URI, "urn:newsdesk:story:") {
		t.Errorf("published %+v", n)
	}
	if st, _ := s.Store.DraftStatus(ctx, id); st != "published" {
		t.Errorf("draft status %s, want published", st)
	}
	if err := s.Approve(ctx, addDraft(t, s.Store, Article{Draft: draft.Draft{Headline: "x", EmbargoHold: true}}), "ed"); !errors.Is(err, ErrEmbargoHold) {
		t.Errorf("held draft approved: %v", err)
	}
}

func TestPublishRefusesBeforeEmbargo(t *testing.T) {
	s, ctx := newTestService(t), context.Background()
	later := time.Now().Add(time.Hour)
	id := addDraft(t, s.Store, article("Embargoed", &later))
	var ee *EmbargoError
	if err := s.Publish(ctx, id, "ed", nil); !errors.As(err, &ee) || !ee.Until.Equal(later.Truncate(time.Microsecond)) && !ee.Until.Equal(later) {
		t.Fatalf("publish before embargo: %v", err)
	}
	for _, o := range []*Override{{Role: "editor", Reason: "scoop"}, {Role: "chief"}} {
		if err := s.Publish(ctx, id, "ed", o); !errors.Is(err, ErrOverride) {
			t.Errorf("override %+v: %v", o, err)
		}
	}
	if n := len(published(t, s.Store)); n != 0 {
		t.Fatalf("%d versions went out before the embargo", n)
	}
	if err := s.Publish(ctx, id, "chief1", &Override{Role: "chief", Reason: "embargo broken by a wire"}); err != nil {
		t.Fatal(err)
	}
	ps := published(t, s.Store)
	if len(ps) != 1 || ninjsOf(t, ps[0]).Embargoed != "" {
		t.Fatalf("override published %d versions", len(ps))
	}
	audit, err := s.Store.AuditOfStory(ctx, ps[0].Story)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range audit {
		found = found || a.Action == "embargo_override" && a.Actor == "chief1" && a.Reason == "embargo broken by a wire"
	}
	if !found {
		t.Errorf("no override in the audit log: %+v", audit)
	}
}

func TestEmbargoHoldNeedsAnInstant(t *testing.T) {
	s, ctx := newTestService(t), context.Background()
	a := article("Held", nil)
	a.EmbargoHold = true
	id := addDraft(t, s.Store, a)
	for _, try := range []func() error{
		func() error { return s.Approve(ctx, id, "ed") },
		func() error { return s.Publish(ctx, id, "ed", &Override{Role: "chief", Reason: "r"}) },
	} {
		if err := try(); !errors.Is(err, ErrEmbargoHold) {
			t.Errorf("held draft: %v, want ErrEmbargoHold", err)
		}
	}
	if err := s.SetEmbargo(ctx, id, time.Now().Add(time.Hour), "ed"); err != nil {
		t.Fatal(err)
	}
	if err := s.Approve(ctx, id, "ed"); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Store.DraftStatus(ctx, id); st != "scheduled" {
		t.Errorf("status %s, want scheduled", st)
	}
}

func TestCorrectionAndUnpublish(t *testing.T) {
	s, ctx, schema := newTestService(t), context.Background(), ninjsSchema(t)
	first := addDraft(t, s.Store, article("Bridge opens", nil))
	if err := s.Approve(ctx, first, "ed"); err != nil {
		t.Fatal(err)
	}
	rev := article("Bridge opens on Monday", nil)
	rev.RevisionOf = json.RawMessage(fmt.Sprint(first))
	second := addDraft(t, s.Store, rev)
	if err := s.Approve(ctx, second, "ed"); err != nil {
		t.Fatal(err)
	}
	if err := s.Unpublish(ctx, second, "chief", "wrong ministry"); err != nil {
		t.Fatal(err)
	}
	ps := published(t, s.Store)
	if len(ps) != 3 {
		t.Fatalf("%d versions, want 3", len(ps))
	}
	var got []string
	for _, p := range ps {
		validNinjs(t, schema, p.Doc)
		n := ninjsOf(t, p)
		if n.URI != ninjsOf(t, ps[0]).URI {
			t.Errorf("uri changed: %s", n.URI)
		}
		got = append(got, n.Version+" "+n.PubStatus+" "+n.EdNote)
	}
	want := []string{"1 usable ", "2 usable Correction: headline changed.", "3 canceled Withdrawn. wrong ministry"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("versions:\n%q\nwant\n%q", got, want)
	}
	if v2 := ninjsOf(t, ps[1]); v2.FirstCreated != ninjsOf(t, ps[0]).FirstCreated || v2.VersionCreated < v2.FirstCreated {
		t.Errorf("v2 created %s first %s", v2.VersionCreated, v2.FirstCreated)
	}
	if err := s.Unpublish(ctx, first, "chief", "again"); !errors.Is(err, ErrNotPublished) {
		t.Errorf("second unpublish: %v", err)
	}
	if err := s.Unpublish(ctx, addDraft(t, s.Store, article("never", nil)), "ed", ""); !errors.Is(err, ErrNotPublished) {
		t.Errorf("unpublish of an unpublished draft: %v", err)
	}
}
