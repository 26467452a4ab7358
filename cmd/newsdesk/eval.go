package main

import (
	"context"
	"flag"
	"fmt"

	"newsdesk/process"
	"newsdesk/process/normalise/eval"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/tag"
)

// runEval measures the normaliser on a directory of labelled emails: the
// same per-field accuracy the corpus test enforces, for any directory.
func runEval(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	verbose := fs.Bool("v", false, "list every case a field got wrong")
	history := fs.String("history", "", "directory of emails stored before DIR's (e.g. the train split when DIR is test), for duplicates and revisions")
	asJSON := fs.Bool("json", false, "print one JSON object: per field right, total, rate, target, pass (normalisation only)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: newsdesk eval [-v] [--json] [-history DIR0] DIR\n\nRuns inspect on every DIR/NAME.eml that has a DIR/NAME.expected.json and prints\nper-field accuracy (see testdata/corpus/README.md for the fields), then tag micro-F1 and\nduplicate/revision precision and recall; needs no service.\nExits 1 when a field misses its target or an embargoed release is reported as free.\n")
		fs.PrintDefaults()
	}
	dir, err := oneArg(fs, e, args)
	if err != nil {
		return err
	}
	if err := mime.CheckPDFReader(); err != nil {
		e.log.Warn("eval: the PDF cases will score wrong", "err", err)
	}
	a, err := eval.MeasureDir(dir)
	if err != nil {
		return err
	}
	if *asJSON {
		if err := a.WriteJSON(e.stdout, *verbose); err != nil {
			return err
		}
	} else {
		a.Write(e.stdout, *verbose)
		tg, err := tag.New()
		if err != nil {
			return err
		}
		var hist []string
		if *history != "" {
			hist = append(hist, *history)
		}
		tr, err := process.MeasureTags(tg, dir, hist...)
		if err != nil {
			return err
		}
		tr.Write(e.stdout, *verbose)
	}
	for _, f := range a.Fields {
		if f.Rate() < f.Target {
			return fmt.Errorf("%s below its target", f.Name)
		}
	}
	if len(a.EmbargoMissed) > 0 {
		return fmt.Errorf("%d embargoed releases reported as free to publish", len(a.EmbargoMissed))
	}
	return nil
}
