package process

import (
	"context"
	"fmt"

	"newsdesk/draft"
	"newsdesk/process/tag"
	"newsdesk/store"
)

// TagDraft tags a new draft and files it in its story: topics and
// entities, fingerprint, the cluster of an earlier copy, and
// duplicate_of / revision_of with a paragraph diff. Run it in the
// transaction that stores the draft (store.Message.Tag), so the draft
// never exists without its tags and its story candidates include the
// drafts stored before it in the same batch.
func TagDraft(ctx context.Context, q store.Querier, tg *tag.Tagger, d *draft.Draft) (store.Tagged, error) {
	t := store.Tagged{Tags: tg.Tag(d)}
	if d.Kind != draft.PressRelease {
		return t, nil
	}
	p := tag.Fingerprint(d)
	found, err := store.StoryCandidates(ctx, q, p.Bands)
	if err != nil {
		return t, fmt.Errorf("process: tag draft: %w", err)
	}
	cands := make([]tag.Candidate, len(found))
	for i, c := range found {
		cands[i] = tag.Candidate{ID: c.ID, Status: c.Status, Cluster: c.Cluster, Draft: c.Draft, MinHash: c.MinHash}
	}
	rel := tag.Relate(d, p, cands)
	st := &store.Story{MinHash: p.MinHash, Bands: p.Bands, Cluster: rel.Cluster, Similarity: rel.Similarity}
	switch rel.Kind {
	case tag.RelDuplicate:
		st.DuplicateOf = rel.Of
		t.Tags.DuplicateOf = &st.DuplicateOf
	case tag.RelRevision:
		st.RevisionOf, st.Diff, st.Urgent = rel.Of, rel.Diff, rel.Urgent
		t.Tags.RevisionOf = &st.RevisionOf
	}
	if rel.Cluster != 0 { // else the store starts a cluster and records it
		t.Tags.ClusterID = &st.Cluster
	}
	t.Story = st
	return t, nil
}

// tagDraft is the worker's hook into SaveMessage: it tags d in the
// transaction that stores it.
func (w *Worker) tagDraft(d *draft.Draft) func(ctx context.Context, q store.Querier) (store.Tagged, error) {
	if w.Tags == nil || d == nil {
		return nil
	}
	return func(ctx context.Context, q store.Querier) (store.Tagged, error) {
		return TagDraft(ctx, q, w.Tags, d)
	}
}
