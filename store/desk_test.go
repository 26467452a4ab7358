package store

import (
	"context"
	"testing"

	"newsdesk/draft"
	"newsdesk/svctest"
)

func TestAuditAppendOnlyAndSenderRules(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	save := func(key, from string) int64 {
		t.Helper()
		d := &draft.Draft{Kind: draft.PressRelease, Headline: "H " + key, Language: "en", Source: draft.Source{From: from}}
		if _, err := s.SaveMessage(ctx, Message{SourceKey: key, MessageID: key, ContentHash: []byte(key), Raw: []byte("x"), Status: Drafted, Draft: d}); err != nil {
			t.Fatal(err)
		}
		var id int64
		if err := s.pool.QueryRow(ctx, `SELECT d.id FROM drafts d JOIN message_sources m ON m.message = d.message WHERE m.source_key = $1`, key).Scan(&id); err != nil {
			t.Fatal(err)
		}
		return id
	}
	id := save("a", "Promo Bot <Promo@Spam.example>")
	dr, err := s.Draft(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if dr.Sender != "promo@spam.example" || dr.Status != "new" || dr.Version != 1 {
		t.Errorf("derived: sender %q status %q version %d", dr.Sender, dr.Status, dr.Version)
	}
	s2 := "in_review"
	if _, err := s.Apply(ctx, id, Transition{Actor: "ed", Action: "claim", From: []string{"new"}, Status: &s2, ClaimedBy: &[]string{"ed"}[0]}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Apply(ctx, id, Transition{Actor: "ed", Action: "claim", From: []string{"new"}, Status: &s2}); err == nil {
		t.Error("claimed a draft twice")
	}
	if _, err := s.pool.Exec(ctx, `UPDATE audit SET actor = 'someone else'`); err == nil {
		t.Error("audit accepted an UPDATE")
	}
	if _, err := s.pool.Exec(ctx, `DELETE FROM audit`); err == nil {
		t.Error("audit accepted a DELETE")
	}
	if err := s.AddSenderRule(ctx, "promo@spam.example", "not_press_release", "ed"); err != nil {
		t.Fatal(err)
	}
	later, err := s.Draft(ctx, save("b", "promo@spam.example"))
	if err != nil {
		t.Fatal(err)
	}
	if later.Kind != draft.NotPressRelease {
		t.Errorf("a later draft from a ruled-out sender is %s", later.Kind)
	}
	// The trigger-kept counts agree with counting the rows.
	kept, _, err := s.QueueCounts(ctx, QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	counted, capped, err := s.QueueCounts(ctx, QueueFilter{Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range Tabs {
		if kept[tab] != counted[tab] {
			t.Errorf("tab %s: kept count %d, counted %d", tab, kept[tab], counted[tab])
		}
	}
	if kept[TabInReview] != 1 || kept[TabNotRelease] != 1 || capped {
		t.Errorf("counts %v", kept)
	}
}
