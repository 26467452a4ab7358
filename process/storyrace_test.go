package process

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"newsdesk/draft"
	"newsdesk/process/tag"
	"newsdesk/store"
	"newsdesk/svctest"
)

// raceStory is one story's drafts: an original, its sender's marked
// update that shares no fingerprint band with it (only the sender's key
// relates the two), and a copy of the original from another sender.
type raceStory struct{ original, update, copy *draft.Draft }

// newRaceStory writes story n in words of its own, so no two stories
// share a shingle. The update keeps the original's first 96 body words
// of 160 (Jaccard ~0.38, where two drafts share no band about half the
// time); of the texts seeded from n, it takes the first pair that shares
// none.
func newRaceStory(t *testing.T, n int) raceStory {
	t.Helper()
	syllables := strings.Fields("ka lo mi ter van zu ri pel dor sa nik bo ul fe gra vo sen tam")
	for seed := uint64(n) << 20; seed < uint64(n)<<20+1000; seed++ {
		rng := rand.New(rand.NewPCG(seed, 0))
		words := func(k int) []string {
			out := make([]string, k)
			for i := range out {
				for range 2 + rng.IntN(2) {
					out[i] += syllables[rng.IntN(len(syllables))]
				}
			}
			return out
		}
		body := func(ws []string) string {
			var paras []string
			for i := 0; i < len(ws); i += 20 {
				paras = append(paras, strings.Join(ws[i:i+20], " ")+".")
			}
			return strings.Join(paras, "\n\n")
		}
		text := words(160)
		sender := fmt.Sprintf("Office %d <press@office%d.example>", n, n)
		s := raceStory{
			original: &draft.Draft{Kind: draft.PressRelease, Language: "en", Source: draft.Source{From: sender},
				Headline: strings.Join(words(8), " "), BodyText: body(text)},
			update: &draft.Draft{Kind: draft.PressRelease, Language: "en", Source: draft.Source{From: sender},
				Headline: "UPDATE: " + strings.Join(words(8), " "), BodyText: body(append(text[:96:96], words(64)...))},
		}
		s.copy = &draft.Draft{Kind: draft.PressRelease, Language: "en", Source: draft.Source{From: fmt.Sprintf("wire%d@agency.example", n)},
			Headline: s.original.Headline, BodyText: s.original.BodyText}
		o, u := tag.Fingerprint(s.original), tag.Fingerprint(s.update)
		if o.Marked || !u.Marked {
			t.Fatalf("story %d: original marked %v, update marked %v", n, o.Marked, u.Marked)
		}
		if sim := tag.Similarity(o.MinHash, u.MinHash); sim >= 0.32 && sim <= 0.45 && !slices.ContainsFunc(o.Bands, func(b int64) bool { return slices.Contains(u.Bands, b) }) {
			return s
		}
	}
	t.Fatalf("story %d: no seed gives an update that shares no band with its original", n)
	return raceStory{}
}

// ref is what p points to, 0 when nil.
func ref(p *int64) int64 {
	if p == nil {
		return 0
	}
	return *p
}

// Drafts of one story saved at once by the workers of two processes
// file as if saved one after the other: an original's save is under way
// (its tagging has read its candidates and lingers before the insert)
// when its sender's marked update, a copy from another sender and a
// redelivery of the original itself are saved, each in a transaction of
// its own. The update becomes a revision of the original though the two
// share no band: it waits on its sender's key, which the original's save
// holds shared. The copy, waiting on the bands, joins the cluster; the
// redelivery and a later one (a crash before the ack) add no draft.
// Several stories run side by side. Before the sender's key was a story
// lock, the update read its candidates before the original committed and
// started a story of its own.
func TestConcurrentSavesFileOneStory(t *testing.T) {
	ctx := context.Background()
	url := svctest.Postgres(t) + "&pool_max_conns=16"
	var stores [2]*store.Store
	for i := range stores {
		s, err := store.Open(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		stores[i] = s
	}
	if err := stores[0].Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	w := &Worker{Tags: tg}
	// save stores d as the email key with the worker's tagging, which
	// lingers after reading the candidates; started, when set, is closed
	// as the tagging starts: the save then holds its story locks.
	save := func(s *store.Store, key string, d *draft.Draft, started chan struct{}) (store.Outcome, error) {
		m := store.Message{SourceKey: key, MessageID: "<" + key + ">", ContentHash: []byte(key), Raw: []byte(key), Status: store.Drafted, Draft: d}
		w.tagDraft(&m)
		file := m.Tag
		m.Tag = func(ctx context.Context, q store.Querier) (store.Tagged, error) {
			if started != nil {
				close(started)
			}
			tagged, err := file(ctx, q)
			time.Sleep(200 * time.Millisecond)
			return tagged, err
		}
		return s.SaveMessage(ctx, m)
	}
	const stories = 4
	var all sync.WaitGroup
	for n := range stories {
		story := newRaceStory(t, n)
		all.Go(func() {
			key := func(what string) string { return fmt.Sprintf("box:%d:%s", n, what) }
			type want struct {
				key  string
				d    *draft.Draft
				s    *store.Store
				want store.Outcome
			}
			started := make(chan struct{})
			first := make(chan error, 1)
			go func() {
				out, err := save(stores[0], key("original"), story.original, started)
				if err == nil && out != store.Stored {
					err = fmt.Errorf("original: %s, want stored", out)
				}
				first <- err
			}()
			<-started
			var wg sync.WaitGroup
			for _, c := range []want{
				{key("update"), story.update, stores[1], store.Stored},
				{key("copy"), story.copy, stores[n%2], store.Stored},
				{key("original"), story.original, stores[1], store.Redeliver},
			} {
				wg.Go(func() {
					if out, err := save(c.s, c.key, c.d, nil); err != nil || out != c.want {
						t.Errorf("story %d: %s: %s, %v; want %s", n, c.key, out, err, c.want)
					}
				})
			}
			wg.Wait()
			if err := <-first; err != nil {
				t.Errorf("story %d: %v", n, err)
				return
			}
			// Handled again after a crash before its ack.
			if out, err := save(stores[1], key("original"), story.original, nil); err != nil || out != store.Redeliver {
				t.Errorf("story %d: original again: %s, %v; want redelivery", n, out, err)
			}
			ids := map[string]int64{}
			tags := map[string]draft.Tags{}
			for _, what := range []string{"original", "update", "copy"} {
				var id int64
				err := stores[0].DB().QueryRow(ctx, `SELECT d.id FROM drafts d JOIN message_sources m ON m.message = d.message
					WHERE m.source_key = $1`, key(what)).Scan(&id)
				if err == nil {
					ids[what] = id
					tags[what], err = store.DraftTags(ctx, stores[0].DB(), id)
				}
				if err != nil {
					t.Errorf("story %d: %s: %v", n, what, err)
					return
				}
			}
			o, u, c := tags["original"], tags["update"], tags["copy"]
			if ref(u.RevisionOf) != ids["original"] {
				t.Errorf("story %d: update is a revision of %d, want of the original %d", n, ref(u.RevisionOf), ids["original"])
			}
			if ref(c.DuplicateOf) != ids["original"] {
				t.Errorf("story %d: copy is a duplicate of %d, want of the original %d", n, ref(c.DuplicateOf), ids["original"])
			}
			if ref(o.ClusterID) == 0 || ref(u.ClusterID) != ref(o.ClusterID) || ref(c.ClusterID) != ref(o.ClusterID) {
				t.Errorf("story %d: clusters original %d, update %d, copy %d: want one", n, ref(o.ClusterID), ref(u.ClusterID), ref(c.ClusterID))
			}
		})
	}
	all.Wait()
	var drafts int
	if err := stores[0].DB().QueryRow(ctx, `SELECT count(*) FROM drafts`).Scan(&drafts); err != nil {
		t.Fatal(err)
	}
	if drafts != 3*stories {
		t.Errorf("%d drafts, want %d: three per story", drafts, 3*stories)
	}
}

// The keys a save locks are the ones its filing reads and writes: every
// release's bands, which it looks up; its sender's key, which a marked
// draft looks up and any other only adds (so two releases of one sender
// never wait for each other); none of a sender without an address.
func TestTagDraftStoryKeys(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	w := &Worker{Tags: tg}
	story := newRaceStory(t, 0)
	anonymous := *story.original
	anonymous.Source.From = "Press Office"
	for _, c := range []struct {
		name           string
		d              *draft.Draft
		sender, lookup bool // a sender key; in StoryKeys, not AddedKeys
	}{
		{"original", story.original, true, false},
		{"update", story.update, true, true},
		{"no address", &anonymous, false, false},
	} {
		m := store.Message{Draft: c.d}
		w.tagDraft(&m)
		p := tag.Fingerprint(c.d)
		want, added := p.Bands, []int64(nil)
		switch {
		case c.sender && c.lookup:
			want = append(slices.Clip(p.Bands), p.Sender)
		case c.sender:
			added = []int64{p.Sender}
		}
		if m.Tag == nil || !slices.Equal(m.StoryKeys, want) || !slices.Equal(m.AddedKeys, added) || (p.Sender != 0) != c.sender {
			t.Errorf("%s: story keys %v, added %v; want %v, %v", c.name, m.StoryKeys, m.AddedKeys, want, added)
		}
	}
}
