package main

import (
	"context"
	"flag"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsdesk/config"
	"newsdesk/process"
	"newsdesk/store"
)

func runReprocess(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("reprocess", flag.ContinueOnError)
	since := fs.String("since", "", "only drafts made on or after this date (2006-01-02)")
	ids := fs.String("ids", "", "only these drafts (comma-separated ids)")
	dryRun := fs.Bool("dry-run", false, "show what would change, store nothing")
	restart := fs.Bool("restart", false, "forget where an interrupted run with the same selection stopped")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newsdesk reprocess [-since DATE] [-ids 1,2,3] [-dry-run] [-restart]\n\n"+
			"Runs the current normaliser over the stored originals of drafts and stores the new result.\n"+
			"Fields an editor changed are never overwritten. An interrupted run resumes where it stopped.\n\n")
		fs.PrintDefaults()
	}
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	var f store.DraftFilter
	if *since != "" {
		t, err := time.Parse("2006-01-02", *since)
		if err != nil {
			return fmt.Errorf("-since: %q is not a date like 2006-01-02", *since)
		}
		f.Since = t
	}
	for _, s := range strings.FieldsFunc(*ids, func(r rune) bool { return r == ',' || r == ' ' }) {
		id, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return fmt.Errorf("-ids: %q is not a draft id", s)
		}
		f.IDs = append(f.IDs, id)
	}
	st, err := store.Open(ctx, or(e.getenv("DATABASE_URL"), config.DefaultDatabaseURL))
	if err != nil {
		return err
	}
	defer st.Close()
	checkpoint := "since=" + *since + ";ids=" + *ids
	if *restart {
		if err := st.SaveCheckpoint(ctx, checkpoint, -1); err != nil {
			return err
		}
	}
	total, err := st.CountDrafts(ctx, f)
	if err != nil {
		return err
	}
	o := process.ReprocessOptions{Filter: f, DryRun: *dryRun, Checkpoint: checkpoint}
	if isTerminal(e.stderr) {
		o.Progress = func(done int) {
			if done%10 == 0 || done == total {
				fmt.Fprintf(e.stderr, "\rreprocess: %d/%d drafts", done, total)
			}
		}
		defer fmt.Fprintln(e.stderr)
	}
	sum, err := process.Reprocess(ctx, st, o)
	verb := "changed"
	if *dryRun {
		verb = "would change"
	}
	fmt.Fprintf(e.stdout, "drafts %d: %s %d, unchanged %d, no longer a draft %d (kept), edited meanwhile %d (kept), editor edits kept %d\n",
		sum.Seen, verb, sum.Changed, sum.Unchanged, sum.NotDrafted, sum.EditedMeanwhile, sum.KeptEdits)
	for _, k := range slices.Sorted(maps.Keys(sum.Fields)) {
		fmt.Fprintf(e.stdout, "  %-14s %d\n", k, sum.Fields[k])
	}
	return err
}

// isTerminal says whether w is a terminal, where a progress line helps
// rather than litters a log.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
