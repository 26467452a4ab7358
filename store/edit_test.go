package store

import (
	"context"
	"errors"
	"slices"
	"testing"

	"newsdesk/draft"
	"newsdesk/svctest"
)

// An editor's edit names the fields it changed, so reprocessing keeps
// them; a stale version is a conflict and changes nothing.
func TestEditRecordsEditedFields(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	d := &draft.Draft{Kind: draft.PressRelease, Headline: "Old", Language: "en"}
	if _, err := s.SaveMessage(ctx, Message{SourceKey: "k", MessageID: "m", ContentHash: []byte("h"), Raw: []byte("x"), Status: Drafted, Draft: d}); err != nil {
		t.Fatal(err)
	}
	var id int64
	if err := s.pool.QueryRow(ctx, `SELECT id FROM drafts`).Scan(&id); err != nil {
		t.Fatal(err)
	}
	edited := func() []string {
		t.Helper()
		var f []string
		if err := s.pool.QueryRow(ctx, `SELECT edited_fields FROM drafts WHERE id = $1`, id).Scan(&f); err != nil {
			t.Fatal(err)
		}
		return f
	}
	v, err := s.Edit(ctx, id, 1, "ed", "New", map[string]any{"headline": "New", "subheadline": "Sub"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := edited(); !slices.Equal(got, []string{"headline", "subheadline"}) {
		t.Errorf("edited fields after the first edit: %v", got)
	}
	if _, err := s.Edit(ctx, id, v, "ed", "Newer", map[string]any{"headline": "Newer", "body_html": "<p>b</p>"}, nil); err != nil {
		t.Fatal(err)
	}
	if got := edited(); !slices.Equal(got, []string{"body_html", "headline", "subheadline"}) {
		t.Errorf("edited fields after the second edit: %v", got)
	}
	if _, err := s.Edit(ctx, id, v, "ed2", "Stale", map[string]any{"issuer": "X"}, nil); !errors.Is(err, ErrConflict) {
		t.Errorf("stale edit: %v, want ErrConflict", err)
	}
	if got := edited(); slices.Contains(got, "issuer") {
		t.Errorf("a refused edit marked its field: %v", got)
	}
}
