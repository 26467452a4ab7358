package main

import (
	"fmt"
	"io"

	"newsdesk/process/normalise/segment/learn"
)

// crossValidate trains k models, each without every k-th email, and
// labels the emails it left out: block accuracy on emails the model has
// not seen, from the train split alone.
func crossValidate(w io.Writer, seqs []learn.Sequence, k int) {
	var right, total [learn.NumRoles]int
	for fold := range k {
		var train, held []learn.Sequence
		for i, q := range seqs {
			if i%k == fold {
				held = append(held, q)
			} else {
				train = append(train, q)
			}
		}
		m := learn.Train(train, epochs)
		for _, q := range held {
			got := m.Label(q.In)
			for i, g := range q.Gold {
				total[g]++
				if got[i] == g {
					right[g]++
				}
			}
		}
	}
	all, allRight := 0, 0
	fmt.Fprintf(w, "%-12s %9s\n", "role", "right")
	for r := range learn.NumRoles {
		if total[r] > 0 {
			fmt.Fprintf(w, "%-12s %4d/%-4d %5.1f%%\n", r, right[r], total[r], 100*float64(right[r])/float64(total[r]))
		}
		all, allRight = all+total[r], allRight+right[r]
	}
	fmt.Fprintf(w, "%-12s %4d/%-4d %5.1f%%\n", "all blocks", allRight, all, 100*float64(allRight)/float64(all))
}
