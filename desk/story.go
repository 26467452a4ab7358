package desk

import (
	"context"
	"encoding/json"
	"strings"

	"newsdesk/store"
)

// diffOp is one paragraph of a revision's diff, as process/tag stores it
// in draft_revisions: Op is "=", "-" or "+".
type diffOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

// revision is what the draft page shows for a correction: the draft it
// revises and the paragraphs changed since.
type revision struct {
	Previous int64
	Urgent   bool
	Diff     []diffOp
}

// story reads the draft's copies and, for a revision, its diff: the stored
// one when the tagger wrote it, else one computed from both bodies.
func (d *Desk) story(ctx context.Context, dr store.DeskDraft) ([]store.StoryCopy, *revision, error) {
	copies, err := d.st.StoryCopies(ctx, dr.ID)
	if err != nil {
		return nil, nil, err
	}
	rec, ok, err := store.DraftRevision(ctx, d.st.DB(), dr.ID)
	if err != nil || !ok {
		return copies, nil, err
	}
	rev := &revision{Previous: rec.Previous, Urgent: rec.Urgent}
	if len(rec.Diff) > 0 && json.Unmarshal(rec.Diff, &rev.Diff) == nil && len(rev.Diff) > 0 {
		return copies, rev, nil
	}
	prev, err := d.st.Draft(ctx, rec.Previous)
	if err != nil {
		return copies, nil, err
	}
	rev.Diff = diffParagraphs(prev.BodyText, dr.BodyText)
	return copies, rev, nil
}

// maxDiffParagraphs bounds the quadratic diff; a body longer than this is
// compared on its first paragraphs only.
const maxDiffParagraphs = 400

// paragraphs splits plain text at blank lines.
func paragraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// diffParagraphs is a longest-common-subsequence diff of two bodies,
// paragraph by paragraph: removed paragraphs come before the added ones
// that replace them.
func diffParagraphs(old, new string) []diffOp {
	a, b := paragraphs(old), paragraphs(new)
	a, b = a[:min(len(a), maxDiffParagraphs)], b[:min(len(b), maxDiffParagraphs)]
	// lcs[i][j] is the common length of a[i:] and b[j:].
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []diffOp
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			out = append(out, diffOp{"=", a[i]})
			i, j = i+1, j+1
		case lcs[i+1][j] >= lcs[i][j+1]:
			out = append(out, diffOp{"-", a[i]})
			i++
		default:
			out = append(out, diffOp{"+", b[j]})
			j++
		}
	}
	for ; i < len(a); i++ {
		out = append(out, diffOp{"-", a[i]})
	}
	for ; j < len(b); j++ {
		out = append(out, diffOp{"+", b[j]})
	}
	return out
}
