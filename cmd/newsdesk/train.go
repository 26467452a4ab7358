package main

import (
	"context"
	"fmt"

	"newsdesk/process"
)

// runTrain rebuilds the topic model from the editors' tag edits.
func runTrain(ctx context.Context, e env, args []string) error {
	st, err := openStore(ctx, e, "train", "rebuild the topic model from the tags editors accepted, removed and added; workers load it when they start", args)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := process.TrainTopics(ctx, st)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "topic model trained on %d edited drafts\n", n)
	return nil
}
