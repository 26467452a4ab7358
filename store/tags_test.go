package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"testing"

	"newsdesk/draft"
)

// saveDraft stores a message with a draft and returns the draft's id.
func saveDraft(t testing.TB, s *Store, key string, d *draft.Draft) int64 {
	t.Helper()
	return saveTaggedDraft(t, s, key, d, nil)
}

// saveTaggedDraft stores a message with a draft tagged by tag, as the
// worker does, and returns the draft's id.
func saveTaggedDraft(t testing.TB, s *Store, key string, d *draft.Draft, tag func(context.Context, Querier) (Tagged, error)) int64 {
	t.Helper()
	ctx := context.Background()
	m := Message{SourceKey: key, MessageID: key + "@test", ContentHash: []byte(key), Raw: []byte("raw " + key), Status: Drafted, Draft: d, Tag: tag}
	if _, err := s.SaveMessage(ctx, m); err != nil {
		t.Fatal(err)
	}
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT d.id FROM drafts d JOIN message_sources m ON m.message = d.message WHERE m.source_key = $1`, key).Scan(&id)
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func release(headline, body string) *draft.Draft {
	return &draft.Draft{Kind: draft.PressRelease, Headline: headline, BodyText: body, Language: "en"}
}

func TestTagsRoundTrip(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	tags := draft.Tags{
		Topics:        []draft.Topic{{Code: "medtop:20000599", Label: "armed forces", Score: 0.9, Source: draft.TopicRules}},
		People:        []string{"Jens Stoltenberg"},
		Organisations: []string{"Royal Navy", "NATO", "NATO"}, // a name twice is stored once
		Places:        []string{"Kosovo"},
	}
	id := saveTaggedDraft(t, s, "box:1:1", release("Frigate delivered", "The Royal Navy took delivery."), tagsOnly(tags))
	got, err := DraftTags(ctx, s.pool, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Topics) != 1 || got.Topics[0].Code != "medtop:20000599" || got.Topics[0].Source != "rules" {
		t.Errorf("topics %+v", got.Topics)
	}
	if !slices.Equal(got.Organisations, []string{"NATO", "Royal Navy"}) || !slices.Equal(got.People, tags.People) || !slices.Equal(got.Places, tags.Places) {
		t.Errorf("entities %+v", got)
	}
	var doc draft.Draft
	if err := s.pool.QueryRow(ctx, `SELECT doc FROM drafts WHERE id = $1`, id).Scan(&doc); err != nil {
		t.Fatal(err)
	}
	if doc.Headline != "Frigate delivered" || len(doc.Topics) != 1 || len(doc.Organisations) != 3 {
		t.Errorf("draft document lost or lacks tags: %+v", doc)
	}
}

// tagsOnly tags a draft with t and no story.
func tagsOnly(t draft.Tags) func(context.Context, Querier) (Tagged, error) {
	return func(context.Context, Querier) (Tagged, error) { return Tagged{Tags: t}, nil }
}

// story files a draft in st after checking that the story candidates of
// its bands are want.
func story(t *testing.T, st Story, want ...int64) func(context.Context, Querier) (Tagged, error) {
	return func(ctx context.Context, q Querier) (Tagged, error) {
		cands, err := StoryCandidates(ctx, q, st.Bands)
		var ids []int64
		for _, c := range cands {
			ids = append(ids, c.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("candidates of bands %v: %v, want %v", st.Bands, ids, want)
		}
		tags := draft.Tags{}
		if st.Cluster != 0 {
			tags.ClusterID = &st.Cluster
		}
		return Tagged{Tags: tags, Story: &st}, err
	}
}

func TestStoryClusterAndRevision(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	mh := []uint64{1, 2, 1<<63 + 5}
	first := saveTaggedDraft(t, s, "box:1:1", release("Contract", "Figures 1"), story(t, Story{MinHash: mh, Bands: []int64{10, 11, 12}}))
	saveTaggedDraft(t, s, "box:1:4", release("Unrelated", "Other"), story(t, Story{MinHash: mh, Bands: []int64{99}}))
	if _, err := s.pool.Exec(ctx, `UPDATE drafts SET status = 'approved' WHERE id = $1`, first); err != nil {
		t.Fatal(err)
	}
	// A new story's cluster is in its draft's document too.
	var c1, inDoc int64
	if err := s.pool.QueryRow(ctx, `SELECT s.cluster, (d.doc->>'cluster_id')::bigint FROM draft_stories s JOIN drafts d ON d.id = s.draft
		WHERE d.id = $1`, first).Scan(&c1, &inDoc); err != nil || c1 != inDoc {
		t.Fatalf("cluster %d, in the document %d: %v", c1, inDoc, err)
	}
	cands, err := StoryCandidates(ctx, s.pool, []int64{11, 12, 13})
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 1 || cands[0].ID != first || cands[0].Cluster != c1 ||
		!slices.Equal(cands[0].MinHash, mh) || cands[0].Draft.Headline != "Contract" {
		t.Fatalf("candidates %+v", cands)
	}
	copyOf := saveTaggedDraft(t, s, "box:1:2", release("Contract", "Figures 1"),
		story(t, Story{MinHash: mh, Bands: []int64{11, 12, 13}, Cluster: c1, DuplicateOf: first, Similarity: 0.97}, first))
	diff := []map[string]string{{"op": "-", "text": "Figures 1"}, {"op": "+", "text": "Figures 2"}}
	fix := saveTaggedDraft(t, s, "box:1:3", release("CORRECTION: Contract", "Figures 2"),
		story(t, Story{MinHash: mh, Bands: []int64{12}, Cluster: c1, RevisionOf: first, Diff: diff}, first))
	// The duplicate added no bands: the next copy's lookup finds the
	// original and the revision, never the copies.
	cands, err = StoryCandidates(ctx, s.pool, []int64{11, 12, 13})
	if err != nil || len(cands) != 2 || cands[0].ID != first || cands[1].ID != fix {
		t.Errorf("candidates after a duplicate and a revision: %+v %v", cands, err)
	}
	copies, senders, err := ClusterCopies(ctx, s.pool, c1)
	if err != nil || copies != 3 {
		t.Errorf("copies %d senders %d err %v", copies, senders, err)
	}
	tags, err := DraftTags(ctx, s.pool, copyOf)
	if err != nil || tags.DuplicateOf == nil || *tags.DuplicateOf != first || tags.RevisionOf != nil || *tags.ClusterID != c1 {
		t.Errorf("duplicate's story %+v %v", tags, err)
	}
	rev, ok, err := DraftRevision(ctx, s.pool, fix)
	if err != nil || !ok || rev.Previous != first || !rev.Urgent {
		t.Fatalf("revision %+v %v %v", rev, ok, err)
	}
	// The queue flags it too, and it alone.
	items, err := s.Queue(ctx, QueueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Urgent != (it.ID == fix) {
			t.Errorf("queue item %d (revision of %q) urgent %v", it.ID, it.RevisionOf, it.Urgent)
		}
	}
	var back []map[string]string
	if err := json.Unmarshal(rev.Diff, &back); err != nil || fmt.Sprint(back) != fmt.Sprint(diff) {
		t.Errorf("diff %s", rev.Diff)
	}
	if _, ok, _ := DraftRevision(ctx, s.pool, copyOf); ok {
		t.Error("a duplicate has a revision record")
	}
}

func TestRecordTagEdit(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	tags := draft.Tags{Topics: []draft.Topic{
		{Code: "medtop:20000602", Score: 0.8, Source: "rules"},
		{Code: "medtop:15000000", Score: 0.4, Source: "rules"},
	}}
	id := saveTaggedDraft(t, s, "box:1:1", release("Drone contract", "Body"), tagsOnly(tags))
	for _, e := range []struct{ code, action string }{
		{"medtop:20000602", TagAccept}, {"medtop:15000000", TagRemove}, {"medtop:04000000", TagAdd},
	} {
		if err := s.RecordTagEdit(ctx, id, e.code, e.action, "ed"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordTagEdit(ctx, id, "medtop:1", "delete", "ed"); !errors.Is(err, ErrUnknownAction) {
		t.Errorf("unknown action: %v", err)
	}
	ex, err := s.TagExamples(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 1 || ex[0].DraftID != id || !slices.Equal(ex[0].Keep, []string{"medtop:04000000", "medtop:20000602"}) ||
		!slices.Equal(ex[0].Removed, []string{"medtop:15000000"}) || ex[0].Headline != "Drone contract" {
		t.Fatalf("examples %+v", ex)
	}
	got, _ := DraftTags(ctx, s.pool, id)
	sources := map[string]string{}
	for _, tp := range got.Topics {
		sources[tp.Code] = tp.Source
	}
	if sources["medtop:20000602"] != "editor" || sources["medtop:04000000"] != "editor" || sources["medtop:15000000"] != "" {
		t.Errorf("topics after the editor's decisions: %v", sources)
	}
	if m, err := s.LatestTagModel(ctx); err != nil || m != nil {
		t.Errorf("model before training: %s %v", m, err)
	}
	if err := s.SaveTagModel(ctx, []byte(`{"codes":{}}`), 1); err != nil {
		t.Fatal(err)
	}
	if m, err := s.LatestTagModel(ctx); err != nil || string(m) != `{"codes": {}}` {
		t.Errorf("model %q %v", m, err)
	}
}

// TestPreviousReleaseStillSavesRevisions: migration 010 keeps the
// urgent column that workers of the previous release write, so their
// saves go on during a rolling upgrade.
func TestPreviousReleaseStillSavesRevisions(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	mh := []uint64{7, 8, 9}
	first := saveTaggedDraft(t, s, "box:2:1", release("Contract", "Figures 1"), story(t, Story{MinHash: mh, Bands: []int64{21}}))
	second := saveTaggedDraft(t, s, "box:2:2", release("Unrelated", "Other"), story(t, Story{MinHash: mh, Bands: []int64{22}}))
	if _, err := s.pool.Exec(ctx, `INSERT INTO draft_revisions (draft, previous, diff, urgent) VALUES ($1, $2, '[]', true)`, second, first); err != nil {
		t.Fatalf("a previous release's revision insert: %v", err)
	}
}
