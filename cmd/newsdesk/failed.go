package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"newsdesk/config"
	"newsdesk/process"
	"newsdesk/store"
)

func runFailed(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("failed", flag.ContinueOnError)
	verbose := fs.Bool("v", false, "list: the whole reason, with the stack of a panic")
	asJSON := fs.Bool("json", false, "list: one JSON object per line")
	all := fs.Bool("all", false, "retry: every failed message")
	about := `Usage: newsdesk failed list [-v] [-json]
       newsdesk failed retry ID... | -all

list   the emails whose processing failed, with the reason (and stack)
retry  run the normaliser again over their stored bytes; a draft when it now works`
	if len(args) == 0 || (args[0] != "list" && args[0] != "retry") {
		fmt.Fprintln(e.stderr, about)
		return errUsage
	}
	sub := args[0]
	fs.Usage = func() { fmt.Fprintln(fs.Output(), about); fs.PrintDefaults() }
	if err := parseFlags(fs, e, args[1:]); err != nil {
		return err
	}
	st, err := store.Open(ctx, or(e.getenv("DATABASE_URL"), config.DefaultDatabaseURL))
	if err != nil {
		return err
	}
	defer st.Close()
	if sub == "list" {
		failed, err := st.ListMessages(ctx, store.Failed)
		if err != nil {
			return err
		}
		enc := json.NewEncoder(e.stdout)
		for _, m := range failed {
			if *asJSON {
				enc.Encode(m)
				continue
			}
			reason := m.Reason
			if !*verbose {
				reason, _, _ = strings.Cut(reason, "\n")
			}
			fmt.Fprintf(e.stdout, "%d\t%s\t%s\t%s\n\t%s\n", m.ID, m.ReceivedAt.Format(time.RFC3339), m.MessageID, strings.Join(m.Sources, " "), strings.ReplaceAll(reason, "\n", "\n\t"))
		}
		if !*asJSON {
			fmt.Fprintf(e.stdout, "%d failed\n", len(failed))
		}
		return nil
	}
	var ids []int64
	for _, a := range fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil {
			return fmt.Errorf("failed retry: %q is not a message id", a)
		}
		ids = append(ids, id)
	}
	if (len(ids) == 0) != *all {
		fmt.Fprintln(e.stderr, about)
		return errUsage
	}
	res, err := process.RetryFailed(ctx, st, ids, nil)
	for _, r := range res {
		fmt.Fprintf(e.stdout, "%d\t%s\t%s\n", r.ID, r.Status, firstLineOf(r.Reason))
	}
	return err
}

func firstLineOf(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}
