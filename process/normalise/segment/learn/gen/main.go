// Command gen trains the role labeller on the train split of the genre
// corpus and writes its weights: `go generate ./process/normalise/segment/learn`.
// Inputs are read in sorted order and the trainer's shuffle has a fixed
// seed, so the same corpus always gives the same bytes.
package main

import (
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
)

// epochs is enough for the training error to settle on the train split.
const epochs = 12

func main() {
	root := flag.String("root", ".", "the module root")
	out := flag.String("out", "weights.txt", "where to write the weights")
	cv := flag.Int("cv", 0, "print k-fold cross-validated block accuracy per role instead of writing weights")
	without := flag.String("without", "", "train without the emails whose id starts with this (a writer: a, b, g, h), for a held-out-writer evaluation")
	flag.Parse()
	if *cv > 1 {
		seqs, _, err := Load(filepath.Join(*root, "testdata/genre"), *without)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
		crossValidate(os.Stdout, seqs, *cv)
		return
	}
	if err := run(*root, *out, *without); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(root, out, without string) error {
	seqs, st, err := Load(filepath.Join(root, "testdata/genre"), without)
	if err != nil {
		return err
	}
	data := Train(seqs)
	slog.Info("trained role labeller", "emails", st.Emails, "blocks", st.Blocks, "aligned", st.Aligned,
		"skipped", st.Skipped, "bytes", len(data))
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("gen: %w", err)
	}
	return nil
}
