package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"newsdesk/config"
	"newsdesk/queue"
	"newsdesk/store"
)

func runQueue(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("queue", flag.ContinueOnError)
	dryRun := fs.Bool("dry-run", false, "reconcile: count, remove nothing")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), `Usage: newsdesk queue state
       newsdesk queue reconcile [-dry-run]

state      the stream's and the workers' consumer's counters
reconcile  remove from the stream every message already stored in the database

Needs NATS_URL (and DATABASE_URL for reconcile).
`)
		fs.PrintDefaults()
	}
	if len(args) == 0 {
		fs.Usage()
		return errUsage
	}
	sub := args[0]
	if err := parseFlags(fs, e, args[1:]); err != nil {
		return err
	}
	if (sub != "state" && sub != "reconcile") || fs.NArg() > 0 {
		fs.Usage()
		return errUsage
	}
	q, err := attachQueue(ctx, e)
	if err != nil {
		return err
	}
	defer q.Close()
	if sub == "state" {
		s, err := q.State(ctx)
		if err != nil {
			return err
		}
		printQueueState(e, s)
		return nil
	}
	st, err := store.Open(ctx, or(e.getenv("DATABASE_URL"), config.DefaultDatabaseURL))
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := q.Reconcile(ctx, st.SourcesStored, *dryRun)
	if err != nil {
		return err
	}
	if *dryRun {
		fmt.Fprintf(e.stdout, "scanned %d stream messages: %d already stored, would remove them\n", r.Scanned, r.Stored)
	} else {
		fmt.Fprintf(e.stdout, "scanned %d stream messages: %d already stored, removed %d\n", r.Scanned, r.Stored, r.Deleted)
	}
	return nil
}

// attachQueue connects to the queue named by the environment, creating nothing.
func attachQueue(ctx context.Context, e env) (*queue.Queue, error) {
	cfg, err := config.FromEnv(e.getenv)
	if err != nil {
		return nil, err
	}
	return queue.Attach(ctx, queue.Options{URL: cfg.NATSURL, Prefix: cfg.Queue})
}

func printQueueState(e env, s queue.State) {
	fmt.Fprintf(e.stdout, "\nqueue (nats-server %s)\n  in stream  %d\n  pending    %d\n  unacked    %d\n  redelivered %d\n  oldest     %s\n",
		s.Server, s.Messages, s.Pending, s.Unacked, s.Redelivered, s.OldestAge.Round(time.Second))
}

func or(v, def string) string {
	if v != "" {
		return v
	}
	return def
}
