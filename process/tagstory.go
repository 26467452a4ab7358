package process

import (
	"context"
	"fmt"
	"slices"

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
	return tagsOf(tg, d).file(ctx, q)
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
// returns its tags and story for the store to write with the draft.
func (t draftTags) file(ctx context.Context, q store.Querier) (store.Tagged, error) {
	out := store.Tagged{Tags: t.tags}
	if t.d.Kind != draft.PressRelease {
		return out, nil
	}
	found, err := store.StoryCandidates(ctx, q, t.print.Bands)
	if err != nil {
		return out, fmt.Errorf("process: tag draft: %w", err)
	}
	if t.print.Marked {
		more, err := store.SenderCandidates(ctx, q, t.print.Sender)
		if err != nil {
			return out, fmt.Errorf("process: tag draft: %w", err)
		}
		found = append(found, more...) // Relate keeps the most similar; a repeat costs one comparison
	}
	cands := make([]tag.Candidate, len(found))
	for i, c := range found {
		cands[i] = tag.Candidate{ID: c.ID, Cluster: c.Cluster, Draft: c.Draft, MinHash: c.MinHash}
	}
	rel := tag.Relate(t.d, t.print, cands)
	st := &store.Story{MinHash: t.print.MinHash, Bands: t.print.Bands, Sender: t.print.Sender, Cluster: rel.Cluster, Similarity: rel.Similarity}
	switch rel.Kind {
	case tag.RelDuplicate:
		st.DuplicateOf = rel.Of
		out.Tags.DuplicateOf = &st.DuplicateOf
	case tag.RelRevision:
		st.RevisionOf, st.Diff = rel.Of, rel.Diff
		out.Tags.RevisionOf = &st.RevisionOf
	}
	if rel.Cluster != 0 { // else the store starts a cluster and records it
		out.Tags.ClusterID = &st.Cluster
	}
	out.Story = st
	return out, nil
}

// tagDraft is the worker's hook into SaveMessage. It tags m's draft now,
// while the batch is prepared in parallel, and sets what files it in the
// transaction that stores it, with the story keys its filing looks up
// (saves of related drafts take turns on them) and those it only adds:
// only the work that reads what is stored waits in the transaction. A
// marked draft looks up its sender's key as well as its bands, since its
// original may share no band with it; any other draft only adds the
// sender's key, so two releases of one sender never wait for each other,
// while a correction waits for its original's save and finds it.
func (w *Worker) tagDraft(m *store.Message) {
	if w.Tags == nil || m.Draft == nil {
		return
	}
	t := tagsOf(w.Tags, m.Draft)
	m.Tag, m.StoryKeys, m.AddedKeys = t.file, t.print.Bands, nil
	if t.print.Sender == 0 {
		return
	}
	if t.print.Marked {
		m.StoryKeys = append(slices.Clip(t.print.Bands), t.print.Sender)
	} else {
		m.AddedKeys = []int64{t.print.Sender}
	}
}
