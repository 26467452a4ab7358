package process

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"newsdesk/draft"
	"newsdesk/store"
)

// ReprocessOptions says which drafts to redo and how.
type ReprocessOptions struct {
	Filter store.DraftFilter
	DryRun bool
	// Checkpoint names the run's saved position; "" saves none.
	Checkpoint string
	// Normalise is the normaliser to run (nil: Evaluate).
	Normalise func(key string, raw []byte) store.Message
	// Progress is called after each draft with the count done.
	Progress func(done int)
}

// ReprocessSummary counts what a run did; Fields counts, per JSON field
// of the draft, how many drafts it changed in.
type ReprocessSummary struct {
	Seen, Changed, Unchanged, NotDrafted, EditedMeanwhile int
	KeptEdits                                             int // edited fields left as the editor set them
	Fields                                                map[string]int
}

// Reprocess runs the current normaliser over the originals of stored
// drafts and stores the new doc, keeping every field an editor edited.
// It saves its position every 50 drafts, so an interrupted run resumes.
func Reprocess(ctx context.Context, st *store.Store, o ReprocessOptions) (ReprocessSummary, error) {
	sum := ReprocessSummary{Fields: map[string]int{}}
	normalise := o.Normalise
	if normalise == nil {
		normalise = Evaluate
	}
	if o.Checkpoint != "" && !o.DryRun {
		after, err := st.Checkpoint(ctx, o.Checkpoint)
		if err != nil {
			return sum, err
		}
		o.Filter.AfterID = max(o.Filter.AfterID, after)
	}
	last := int64(0)
	err := st.EachStoredDraft(ctx, o.Filter, func(d store.StoredDraft) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		sum.Seen++
		if err := reprocessOne(ctx, st, d, normalise, o.DryRun, &sum); err != nil {
			return err
		}
		last = d.ID
		if o.Progress != nil {
			o.Progress(sum.Seen)
		}
		if o.Checkpoint != "" && !o.DryRun && sum.Seen%50 == 0 {
			return st.SaveCheckpoint(ctx, o.Checkpoint, last)
		}
		return nil
	})
	if o.Checkpoint != "" && !o.DryRun {
		if err != nil && last > 0 {
			st.SaveCheckpoint(context.WithoutCancel(ctx), o.Checkpoint, last)
		} else if err == nil {
			err = st.SaveCheckpoint(ctx, o.Checkpoint, -1)
		}
	}
	return sum, err
}

func reprocessOne(ctx context.Context, st *store.Store, d store.StoredDraft, normalise func(string, []byte) store.Message, dryRun bool, sum *ReprocessSummary) error {
	m := normalise(d.SourceKey, d.Raw)
	if m.Status != store.Drafted {
		sum.NotDrafted++ // kept as it is: an editor may be working on it
		return nil
	}
	fresh, err := json.Marshal(m.Draft)
	if err != nil {
		return fmt.Errorf("process: reprocess draft %d: %w", d.ID, err)
	}
	doc, changed, err := mergeDoc(d.Doc, fresh, d.EditedFields)
	if err != nil {
		return fmt.Errorf("process: reprocess draft %d: %w", d.ID, err)
	}
	sum.KeptEdits += len(d.EditedFields)
	if len(changed) == 0 {
		sum.Unchanged++
		return nil
	}
	sum.Changed++
	for _, f := range changed {
		sum.Fields[f]++
	}
	if dryRun {
		return nil
	}
	var nd draft.Draft
	if err := json.Unmarshal(doc, &nd); err != nil {
		return fmt.Errorf("process: reprocess draft %d: %w", d.ID, err)
	}
	err = st.ReplaceDraftDoc(ctx, d.ID, string(nd.Kind), nd.Headline, doc, d.EditedFields)
	if errors.Is(err, store.ErrEditedMeanwhile) {
		sum.EditedMeanwhile++
		return nil
	}
	return err
}

// mergeDoc lays the fresh doc over the stored one field by field: edited
// fields and fields the normaliser does not make (added by others, such
// as tags) keep their stored value. It returns the merge and the fields
// whose value changed.
func mergeDoc(stored, fresh json.RawMessage, edited []string) (json.RawMessage, []string, error) {
	var old, next map[string]json.RawMessage
	if err := json.Unmarshal(stored, &old); err != nil {
		return nil, nil, err
	}
	if err := json.Unmarshal(fresh, &next); err != nil {
		return nil, nil, err
	}
	var changed []string
	for k, v := range old {
		nv, ok := next[k]
		if !ok || slices.Contains(edited, k) {
			next[k] = v
			continue
		}
		if !jsonEqual(v, nv) {
			changed = append(changed, k)
		}
	}
	for k := range next {
		if _, ok := old[k]; !ok {
			changed = append(changed, k)
		}
	}
	slices.Sort(changed)
	out, err := json.Marshal(next)
	return out, changed, err
}

// jsonEqual compares two JSON values regardless of spacing and key order
// (PostgreSQL's jsonb reorders keys).
func jsonEqual(a, b json.RawMessage) bool {
	if bytes.Equal(a, b) {
		return true
	}
	var x, y any
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	ca, _ := json.Marshal(x)
	cb, _ := json.Marshal(y)
	return bytes.Equal(ca, cb)
}
