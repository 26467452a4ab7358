package process

import (
	"context"
	"fmt"

	"newsdesk/draft"
	"newsdesk/process/tag"
	"newsdesk/store"
)

// TagDraft tags a stored draft and files it in its story: topics and
// entities, fingerprint, the cluster of an earlier copy, and
// duplicate_of / revision_of with a paragraph diff. Run it with the
// transaction that inserted the draft, so the draft never exists without
// its tags. It returns the tags as stored.
func TagDraft(ctx context.Context, q store.Querier, tg *tag.Tagger, draftID int64, d *draft.Draft) (draft.Tags, error) {
	return tagsOf(tg, d).file(ctx, q, draftID)
}

// draftTags is what tagging makes of a draft by itself, before it is
// stored: topics, entities and its fingerprint read the draft alone.
type draftTags struct {
	d     *draft.Draft
	tags  draft.Tags
	print tag.Print // of a press release only
}

func tagsOf(tg *tag.Tagger, d *draft.Draft) draftTags {
	t := draftTags{d: d, tags: tg.Tag(d)}
	if d.Kind == draft.PressRelease {
		t.print = tag.Fingerprint(d)
	}
	return t
}

// file relates the draft to the stories stored before it, in q, and
// stores its story and tags.
func (t draftTags) file(ctx context.Context, q store.Querier, draftID int64) (draft.Tags, error) {
	tags := t.tags
	if t.d.Kind == draft.PressRelease {
		found, err := store.StoryCandidates(ctx, q, draftID, t.print.Bands)
		if err != nil {
			return tags, fmt.Errorf("process: tag draft %d: %w", draftID, err)
		}
		cands := make([]tag.Candidate, len(found))
		for i, c := range found {
			cands[i] = tag.Candidate{ID: c.ID, Status: c.Status, Cluster: c.Cluster, Draft: c.Draft, MinHash: c.MinHash}
		}
		rel := tag.Relate(t.d, t.print, cands)
		st := store.Story{MinHash: t.print.MinHash, Bands: t.print.Bands, Cluster: rel.Cluster, Similarity: rel.Similarity}
		switch rel.Kind {
		case tag.RelDuplicate:
			st.DuplicateOf = rel.Of
		case tag.RelRevision:
			st.RevisionOf, st.Diff, st.Urgent = rel.Of, rel.Diff, rel.Urgent
		}
		cluster, err := store.SaveStory(ctx, q, draftID, st)
		if err != nil {
			return tags, fmt.Errorf("process: tag draft %d: %w", draftID, err)
		}
		tags.ClusterID = &cluster
		if st.DuplicateOf != 0 {
			tags.DuplicateOf = &st.DuplicateOf
		}
		if st.RevisionOf != 0 {
			tags.RevisionOf = &st.RevisionOf
		}
	}
	if err := store.SaveTags(ctx, q, draftID, tags); err != nil {
		return tags, fmt.Errorf("process: tag draft %d: %w", draftID, err)
	}
	return tags, nil
}

// tagDraft is the worker's hook into SaveMessage. It tags d now, while
// the batch is prepared in parallel, and files it in the transaction that
// stores it: batches take their turn for that transaction, so only the
// work that reads what is stored waits in it.
func (w *Worker) tagDraft(d *draft.Draft) func(ctx context.Context, q store.Querier, draftID int64) error {
	if w.Tags == nil || d == nil {
		return nil
	}
	t := tagsOf(w.Tags, d)
	return func(ctx context.Context, q store.Querier, draftID int64) error {
		_, err := t.file(ctx, q, draftID)
		return err
	}
}
