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
	tags := tg.Tag(d)
	if d.Kind == draft.PressRelease {
		p := tag.Fingerprint(d)
		found, err := store.StoryCandidates(ctx, q, draftID, p.Bands)
		if err != nil {
			return tags, fmt.Errorf("process: tag draft %d: %w", draftID, err)
		}
		cands := make([]tag.Candidate, len(found))
		for i, c := range found {
			cands[i] = tag.Candidate{ID: c.ID, Status: c.Status, Cluster: c.Cluster, Draft: c.Draft, MinHash: c.MinHash}
		}
		rel := tag.Relate(d, p, cands)
		st := store.Story{MinHash: p.MinHash, Bands: p.Bands, Cluster: rel.Cluster, Similarity: rel.Similarity}
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

// tagDraft is the worker's hook into SaveMessage: it tags d in the
// transaction that stores it.
func (w *Worker) tagDraft(d *draft.Draft) func(ctx context.Context, q store.Querier, draftID int64) error {
	if w.Tags == nil || d == nil {
		return nil
	}
	return func(ctx context.Context, q store.Querier, draftID int64) error {
		_, err := TagDraft(ctx, q, w.Tags, draftID, d)
		return err
	}
}
