package desk

import (
	"context"
	"encoding/json"

	"newsdesk/process/tag"
	"newsdesk/store"
)

// revision is what the draft page shows for a correction: the draft it
// revises and the paragraphs changed since.
type revision struct {
	Previous int64
	Urgent   bool
	Diff     []tag.DiffOp // as process/tag stores it in draft_revisions
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
	rev.Diff = tag.DiffParagraphs(prev.BodyText, dr.BodyText)
	return copies, rev, nil
}
