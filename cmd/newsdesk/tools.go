package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"newsdesk/config"
	"newsdesk/draft"
	"newsdesk/process/normalise"
	"newsdesk/process/tag"
	"newsdesk/queue"
	"newsdesk/store"
)

func runMigrate(ctx context.Context, e env, args []string) error {
	st, err := openStore(ctx, e, "migrate", "create or upgrade the database schema; safe to run again or from two processes at once", args)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "schema is up to date")
	return nil
}

func runInspect(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("inspect", flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newsdesk inspect FILE.eml\n\nPrints, as one JSON object, the draft the pipeline would store for the email; needs no service.\n")
	}
	path, err := oneArg(fs, e, args)
	if err != nil {
		return err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	r := normalise.Evaluate(raw)
	// One shape for every email, so a script reads every result: the
	// draft's fields, empty when there is none, with the outcome and why.
	out := struct {
		Outcome normalise.Outcome `json:"outcome"`
		Reason  string            `json:"reason"`
		*draft.Draft
	}{r.Outcome, r.Reason, r.Draft}
	if out.Draft == nil {
		out.Draft = &draft.Draft{Contacts: []draft.Contact{}, Attachments: []draft.Attachment{}, Warnings: []string{}}
	}
	if r.Draft != nil {
		// Topics and entities need no service; cluster and duplicate links
		// need the stored drafts, so only export shows them.
		tg, err := tag.New()
		if err != nil {
			return err
		}
		r.Draft.Tags = tg.Tag(r.Draft)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	if r.Outcome != normalise.Drafted {
		reason, _, _ := strings.Cut(r.Reason, "\n")
		return fmt.Errorf("%s: %s: %s", path, r.Outcome, reason)
	}
	return nil
}

func runExport(ctx context.Context, e env, args []string) error {
	st, err := openStore(ctx, e, "export", "print every stored draft as one JSON object per line, oldest first", args)
	if err != nil {
		return err
	}
	defer st.Close()
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	return st.EachDraft(ctx, func(d draft.Stored) error { return enc.Encode(d) })
}

func runStats(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("stats", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print one JSON object")
	st, err := openStoreFlags(ctx, e, fs, "print counts of stored messages, drafts, rejected and failed", args)
	if err != nil {
		return err
	}
	defer st.Close()
	var out struct {
		store.Stats
		Mailboxes []store.MailboxStatus `json:"mailboxes"`
		Queue     *queue.State          `json:"queue,omitempty"` // with NATS_URL set
	}
	if out.Stats, err = st.Stats(ctx); err != nil {
		return err
	}
	if out.Mailboxes, err = st.MailboxStatuses(ctx); err != nil {
		return err
	}
	if e.getenv("NATS_URL") != "" {
		q, err := attachQueue(ctx, e)
		if err != nil {
			return err
		}
		defer q.Close()
		s, err := q.State(ctx)
		if err != nil {
			return err
		}
		out.Queue = &s
	}
	if *asJSON {
		return json.NewEncoder(e.stdout).Encode(out)
	}
	fmt.Fprintf(e.stdout, "messages %d\ndrafts   %d\nrejected %d\nfailed   %d\n", out.Messages, out.Drafts, out.Rejected, out.Failed)
	for _, m := range out.Mailboxes {
		fmt.Fprintf(e.stdout, "\nmailbox %s\n  state      %s (since %s)\n  cursor     %d (uidvalidity %d)\n  lag        %d\n",
			m.Mailbox, m.State, m.UpdatedAt.Format(time.RFC3339), m.LastUID, m.UIDValidity, m.Lag)
		if m.LastFetchAt != nil {
			fmt.Fprintf(e.stdout, "  last sync  %s\n", m.LastFetchAt.Format(time.RFC3339))
		}
		if m.LastError != "" {
			fmt.Fprintf(e.stdout, "  last error %s (%s)\n", m.LastError, m.LastErrorAt.Format(time.RFC3339))
		}
	}
	if out.Queue != nil {
		printQueueState(e, *out.Queue)
	}
	return nil
}

func openStore(ctx context.Context, e env, name, about string, args []string) (*store.Store, error) {
	return openStoreFlags(ctx, e, flag.NewFlagSet(name, flag.ContinueOnError), about, args)
}

// openStoreFlags parses the flags of a database-only command and connects.
func openStoreFlags(ctx context.Context, e env, fs *flag.FlagSet, about string, args []string) (*store.Store, error) {
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsdesk %s [flags]\n\n%s.\nThe database is DATABASE_URL (default %s).\n", fs.Name(), about, config.DefaultDatabaseURL)
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, e, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return nil, errUsage
	}
	url := e.getenv("DATABASE_URL")
	if url == "" {
		url = config.DefaultDatabaseURL
	}
	st, err := store.Open(ctx, url)
	if err != nil {
		return nil, err
	}
	return st, nil
}
