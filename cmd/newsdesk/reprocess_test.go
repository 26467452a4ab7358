package main

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"newsdesk/draft"
	"newsdesk/process"
	"newsdesk/store"
	"newsdesk/svctest"
)

func TestReprocessKeepsEditsAndResumes(t *testing.T) {
	ctx := context.Background()
	vars := map[string]string{"DATABASE_URL": svctest.Postgres(t)}
	st, err := store.Open(ctx, vars["DATABASE_URL"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	const n = 4
	for i := range n {
		raw := fmt.Appendf(nil, "Message-ID: <r%d@x>\r\nSubject: Ministry opens bridge %d\r\n\r\nLONDON, 2 November 2026 – The ministry opened bridge %d today.\r\n", i, i, i)
		// As an older normaliser stored it.
		old := &draft.Draft{Kind: draft.PressRelease, Headline: "OLD", BodyText: "old", Warnings: []string{}}
		id, hash := process.Identity(raw, 0)
		if _, err := st.SaveMessage(ctx, store.Message{SourceKey: fmt.Sprint("desk:1:", i+1), MessageID: id, ContentHash: hash,
			Raw: raw, Status: store.Drafted, Draft: old}); err != nil {
			t.Fatal(err)
		}
	}
	db, err := pgx.Connect(ctx, vars["DATABASE_URL"])
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	// The editor rewrote draft 1's headline (the desk records it so).
	if _, err := db.Exec(ctx, `UPDATE drafts SET edited_fields = '{headline}' WHERE id = 1`); err != nil {
		t.Fatal(err)
	}
	headline := func(id int) string {
		var h, doc string
		if err := db.QueryRow(ctx, `SELECT headline, doc->>'headline' FROM drafts WHERE id = $1`, id).Scan(&h, &doc); err != nil {
			t.Fatal(err)
		}
		if h != doc {
			t.Errorf("draft %d: column headline %q, doc %q", id, h, doc)
		}
		return h
	}

	code, out, errOut := runCLI(t, vars, "reprocess", "-dry-run")
	if code != 0 || !strings.Contains(out, "would change 4") || !strings.Contains(out, "body_text") {
		t.Errorf("dry run: %d %q %s", code, out, errOut)
	}
	if headline(2) != "OLD" {
		t.Error("the dry run stored a change")
	}

	// Interrupted after the first draft, then resumed: the rest, once.
	cctx, cancel := context.WithCancel(ctx)
	sum, err := process.Reprocess(cctx, st, process.ReprocessOptions{Checkpoint: "since=;ids=", Progress: func(int) { cancel() }})
	if err == nil || sum.Seen != 1 {
		t.Fatalf("interrupted run: %+v, %v", sum, err)
	}
	code, out, errOut = runCLI(t, vars, "reprocess")
	if code != 0 || !strings.Contains(out, "drafts 3: changed 3") {
		t.Errorf("resumed run: %d %q %s", code, out, errOut)
	}
	if h := headline(1); h != "OLD" {
		t.Errorf("the editor's headline was overwritten: %q", h)
	}
	for id := 2; id <= n; id++ {
		if h := headline(id); !strings.Contains(h, "bridge") {
			t.Errorf("draft %d headline %q, want the normaliser's", id, h)
		}
	}
	if code, out, _ := runCLI(t, vars, "reprocess"); code != 0 || !strings.Contains(out, "changed 0, unchanged 4") {
		t.Errorf("a second full run: %q", out)
	}
}
