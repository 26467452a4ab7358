package process

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"newsdesk/draft"
	"newsdesk/process/tag"
	"newsdesk/store"
	"newsdesk/svctest"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	ctx := context.Background()
	s, err := store.Open(ctx, svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	return s
}

// storeDraft saves d as a new message's draft and tags it in the same
// transaction, as the worker does, and returns the tags as stored. during
// runs in that transaction's tagging, after the lookup of d's story.
func storeDraft(t *testing.T, s *store.Store, tg *tag.Tagger, key string, d *draft.Draft, during ...func()) (int64, draft.Tags) {
	t.Helper()
	ctx := context.Background()
	m := store.Message{SourceKey: key, MessageID: key, ContentHash: []byte(key), Raw: []byte(key), Status: store.Drafted, Draft: d,
		Tag: func(ctx context.Context, q store.Querier) (store.Tagged, error) {
			tags, err := TagDraft(ctx, q, tg, d)
			for _, f := range during {
				f()
			}
			return tags, err
		}}
	if out, err := s.SaveMessage(ctx, m); err != nil || out != store.Stored {
		t.Fatalf("save %s: %s, %v", key, out, err)
	}
	var id int64
	if err := s.DB().QueryRow(ctx, `SELECT d.id FROM drafts d JOIN message_sources m ON m.message = d.message
		WHERE m.source_key = $1`, key).Scan(&id); err != nil {
		t.Fatal(err)
	}
	tags, err := store.DraftTags(ctx, s.DB(), id)
	if err != nil {
		t.Fatal(err)
	}
	return id, tags
}

func codes(ts []draft.Topic) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Code
	}
	return out
}

// droneRelease writes a release about a counter-drone system the rules
// file under weaponry and economy; the desk files such stories under
// "espionage and intelligence" and not under economy.
func droneRelease(i int) *draft.Draft {
	return &draft.Draft{
		Kind: draft.PressRelease, Language: "en",
		Headline: fmt.Sprintf("Skyward Labs signs contract %d for jamming-resistant drone links", i),
		BodyText: fmt.Sprintf("Skyward Labs has signed a contract worth %d million euros to supply encrypted, jamming-resistant data links "+
			"for reconnaissance drones. The firmware uses post-quantum encryption and signed updates, and the company's engineers "+
			"tested it against spoofing and intrusion attempts for %d weeks.\n\nThe order covers %d systems for the army.", 10+i, 3+i, 20+i),
	}
}

func TestCorrectionsChangeSuggestions(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	rules, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	tg, err := LoadTagger(ctx, s, rules)
	if err != nil {
		t.Fatal(err)
	}
	const added, removed = "medtop:20000605", "medtop:04000000" // espionage and intelligence; economy
	unseen := droneRelease(99)
	before := codes(tg.Tag(unseen).Topics)
	if slices.Contains(before, added) || !slices.Contains(before, removed) {
		t.Fatalf("the rules alone already agree with the editors (%v): the test shows nothing", before)
	}
	const n = 5
	for i := range n {
		id, tags := storeDraft(t, s, tg, fmt.Sprint("k", i), droneRelease(i))
		for _, c := range codes(tags.Topics) {
			action := store.TagAccept
			if c == removed {
				action = store.TagRemove
			}
			if err := s.RecordTagEdit(ctx, id, c, action, "editor"); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.RecordTagEdit(ctx, id, added, store.TagAdd, "editor"); err != nil {
			t.Fatal(err)
		}
	}
	// Unrelated drafts the editors left as suggested keep the model honest.
	for i, h := range []string{"Museum opens Cold War exhibition", "Charity match raises funds for hospice", "Flood warning for the River Severn"} {
		id, tags := storeDraft(t, s, tg, fmt.Sprint("u", i), &draft.Draft{Kind: draft.PressRelease, Language: "en", Headline: h, BodyText: h + " this weekend."})
		for _, c := range codes(tags.Topics) {
			if err := s.RecordTagEdit(ctx, id, c, store.TagAccept, "editor"); err != nil {
				t.Fatal(err)
			}
		}
	}
	got, err := TrainTopics(ctx, s)
	if err != nil || got != n+3 {
		t.Fatalf("trained on %d drafts, err %v", got, err)
	}
	tg, err = LoadTagger(ctx, s, rules)
	if err != nil {
		t.Fatal(err)
	}
	after := tg.Tag(unseen).Topics
	t.Logf("suggested before: %v; after %d corrected drafts: %v", before, n, codes(after))
	if !slices.Contains(codes(after), added) || slices.Contains(codes(after), removed) {
		t.Errorf("after %d corrections: %v (before %v); want %s added and %s gone", n, codes(after), before, added, removed)
	}
	for _, tp := range after {
		if tp.Code == added && tp.Source != draft.TopicModel {
			t.Errorf("%s source %q, want model", added, tp.Source)
		}
	}
	// A draft about something else is not touched by what was learnt.
	other := &draft.Draft{Kind: draft.PressRelease, Language: "en", Headline: "Football club visits children's hospice",
		BodyText: "Players from the club visited the hospice and met families, raising money for the charity."}
	if slices.Contains(codes(tg.Tag(other).Topics), added) {
		t.Errorf("unrelated draft got %s", added)
	}
}

func TestTagDraftFilesCopiesInOneStory(t *testing.T) {
	s := openStore(t)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	first, _ := storeDraft(t, s, tg, "a", droneRelease(1))
	copyDraft := droneRelease(1)
	copyDraft.Source.From = "Agency <desk@agency.example>"
	second, tags := storeDraft(t, s, tg, "b", copyDraft)
	if tags.DuplicateOf == nil || *tags.DuplicateOf != first || tags.ClusterID == nil {
		t.Fatalf("copy: %+v", tags)
	}
	fixed := droneRelease(1)
	fixed.Headline = "CORRECTION: " + fixed.Headline
	fixed.BodyText = fixed.BodyText[:len(fixed.BodyText)-len("21 systems for the army.")] + "24 systems for the army."
	third, rtags := storeDraft(t, s, tg, "c", fixed)
	if rtags.RevisionOf == nil || (*rtags.RevisionOf != first && *rtags.RevisionOf != second) || *rtags.ClusterID != *tags.ClusterID {
		t.Fatalf("correction: %+v", rtags)
	}
	rev, ok, err := store.DraftRevision(context.Background(), s.DB(), third)
	if err != nil || !ok || rev.Urgent {
		t.Fatalf("revision %+v %v %v", rev, ok, err)
	}
	copies, _, err := store.ClusterCopies(context.Background(), s.DB(), *tags.ClusterID)
	if err != nil || copies != 3 {
		t.Errorf("copies %d %v", copies, err)
	}
}

// The worker's path: Evaluate, then SaveMessage with the tagging hook;
// the stored draft's document (what export prints) carries the tags, and
// a resend joins the first copy's story.
func TestWorkerStoresTagsWithTheDraft(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	w := &Worker{Tags: tg}
	for i, name := range []string{"01-nato-kfor-plain-qp.eml", "18-nato-kfor-resend.eml"} {
		raw, err := os.ReadFile(filepath.Join("../testdata/corpus", name))
		if err != nil {
			t.Fatal(err)
		}
		m := Evaluate(fmt.Sprintf("box:1:%d", i), raw)
		w.tagDraft(&m)
		if _, err := s.SaveMessage(ctx, m); err != nil {
			t.Fatal(err)
		}
	}
	var docs []draft.Stored
	if err := s.EachDraft(ctx, func(d draft.Stored) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d drafts", len(docs))
	}
	first, resend := docs[0], docs[1]
	if len(first.Topics) == 0 || !slices.Contains(first.People, "Jens Stoltenberg") || !slices.Contains(first.Places, "Kosovo") || first.ClusterID == nil {
		t.Errorf("first draft's tags: %+v", first.Tags)
	}
	if resend.DuplicateOf == nil || *resend.DuplicateOf != first.ID || *resend.ClusterID != *first.ClusterID {
		t.Errorf("resend's story: %+v", resend.Tags)
	}
}

// An update that rewrites most of its original shares few shingles with
// it (Jaccard ~0.35 here: a shared band is then a coin toss), but it comes
// from the original's sender: the sender's key finds the original. An
// unmarked story from that sender stays a story of its own.
func TestMarkedUpdateFindsTheSendersOriginal(t *testing.T) {
	s := openStore(t)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	kept := "Coastguard crews rescued the crew of the fishing vessel Morning Star after it lost power twelve miles off Harwick Point. " +
		"The lifeboat from Harwick and a helicopter from the air base took part in the operation, which lasted most of the night. " +
		"The vessel was towed to Harwick harbour, where engineers from the port authority inspected the damaged engine room. "
	original := &draft.Draft{Kind: draft.PressRelease, Language: "en", Source: draft.Source{From: "Harwick Coastguard <media@harwick-cg.example>"},
		Headline: "Coastguard rescues crew of fishing vessel off Harwick Point",
		BodyText: kept + "Four crew members were taken to hospital as a precaution and are in a stable condition. " +
			"The coastguard thanked the volunteers and reminded skippers to check their engines and radios before leaving port."}
	update := &draft.Draft{Kind: draft.PressRelease, Language: "en", Source: draft.Source{From: "media@harwick-cg.example"},
		Headline: "UPDATE: all six crew of the Morning Star now safe ashore",
		BodyText: kept + "All six crew members were discharged from hospital on Wednesday afternoon after routine checks by doctors. " +
			"The marine accident investigation branch has opened an inquiry into the engine failure and will interview the skipper. " +
			"Families of the crew met the lifeboat volunteers at the station on Wednesday evening to thank them in person."}
	if sim := tag.Similarity(tag.Fingerprint(original).MinHash, tag.Fingerprint(update).MinHash); sim < 0.30 || sim > 0.45 {
		t.Fatalf("similarity %.2f: the texts no longer test a marked rewrite", sim)
	}
	first, _ := storeDraft(t, s, tg, "orig", original)
	_, tags := storeDraft(t, s, tg, "upd", update)
	if tags.RevisionOf == nil || *tags.RevisionOf != first {
		t.Fatalf("update from the same sender: %+v, want revision of %d", tags, first)
	}
	unmarked := *update
	unmarked.Headline = "Six fishermen home after Harwick Point rescue"
	if _, tags := storeDraft(t, s, tg, "other", &unmarked); tags.RevisionOf != nil {
		t.Errorf("unmarked story from the same sender: revision of %d", *tags.RevisionOf)
	}
}

// A copy stores no bands of its own (its original's find it), but its
// sender's key must still lead to it: a wire service that resent an
// office's release and then sends its own correction, rewritten too much
// to share a band, shares no sender key with the office's original.
func TestCopyKeepsItsSendersKey(t *testing.T) {
	s := openStore(t)
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	original := &draft.Draft{Kind: draft.PressRelease, Language: "de", Source: draft.Source{From: "Bergwacht Hochtal <presse@bergwacht-hochtal.example>"},
		Headline: "Bergwacht birgt zwei Wanderer aus Felsrinne am Hochkogel",
		BodyText: "Die Bergwacht hat am Samstagabend zwei Wanderer aus einer Felsrinne am Hochkogel geborgen, die nach einem Wettersturz nicht mehr weiterkamen. " +
			"Ein Hubschrauber der Polizei setzte drei Einsatzkräfte oberhalb der Rinne ab, die die beiden Wanderer in der Dunkelheit zur Hütte brachten. " +
			"Beide Wanderer blieben unverletzt und wurden am Sonntag von Angehörigen im Tal abgeholt."}
	copied := *original
	copied.Source.From = "Presseportal Alpen <verteiler@presseportal-alpen.example>"
	first, _ := storeDraft(t, s, tg, "orig", original)
	second, tags := storeDraft(t, s, tg, "copy", &copied)
	if tags.DuplicateOf == nil || *tags.DuplicateOf != first {
		t.Fatalf("the wire's copy: %+v, want a duplicate of %d", tags, first)
	}
	found, err := store.SenderCandidates(context.Background(), s.DB(), tag.SenderKey(&copied))
	if err != nil {
		t.Fatal(err)
	}
	if len(found) != 1 || found[0].ID != second {
		t.Errorf("the wire's drafts by its key: %d found, want its copy %d", len(found), second)
	}
}

// A correction is urgent while it waits for an editor and the draft it
// corrects is approved, scheduled or published, in whatever order the two
// happened: the original handled before the correction is saved, while
// it is being saved (an approval takes no story lock), or after. Once
// the correction itself is handled, it is urgent no more.
func TestCorrectionUrgentWhateverTheOrder(t *testing.T) {
	tg, err := tag.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name, status string
		when         int // 0 before the correction is saved, 1 while, 2 after
	}{
		{"approved before", "approved", 0},
		{"approved while saved", "approved", 1},
		{"approved after", "approved", 2},
		{"scheduled while saved", "scheduled", 1},
		{"published after", "published", 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := openStore(t)
			ctx := context.Background()
			apply := func(id int64, status string) error {
				_, err := s.Apply(ctx, id, store.Transition{Actor: "ed", Action: "set " + status, Status: &status})
				return err
			}
			set := func(id int64, status string) {
				t.Helper()
				if err := apply(id, status); err != nil {
					t.Fatal(err)
				}
			}
			urgent := func(id int64) bool {
				t.Helper()
				rev, ok, err := store.DraftRevision(ctx, s.DB(), id)
				if err != nil || !ok {
					t.Fatalf("revision of %d: %v %v", id, ok, err)
				}
				return rev.Urgent
			}
			original, _ := storeDraft(t, s, tg, "a", droneRelease(1))
			fixed := droneRelease(1)
			fixed.Headline = "CORRECTION: " + fixed.Headline
			fixed.BodyText = strings.Replace(fixed.BodyText, "21 systems", "24 systems", 1)
			var during []func()
			applied := make(chan error, 1)
			switch c.when {
			case 0:
				set(original, c.status)
			case 1:
				// The editor's change commits while the correction's
				// transaction is open, having looked up the original: on
				// a connection of its own, and waited for only a while,
				// so that were it ever to wait for the save, it would
				// commit right after it, not deadlock the test.
				during = append(during, func() {
					go func() { applied <- apply(original, c.status) }()
					select {
					case err := <-applied:
						applied <- err
					case <-time.After(5 * time.Second):
					}
				})
			}
			correction, tags := storeDraft(t, s, tg, "b", fixed, during...)
			if c.when == 1 {
				if err := <-applied; err != nil {
					t.Fatal(err)
				}
			}
			if tags.RevisionOf == nil || *tags.RevisionOf != original {
				t.Fatalf("the correction revises %v, not %d", tags.RevisionOf, original)
			}
			if c.when == 2 {
				if urgent(correction) {
					t.Error("a correction of a new draft is urgent")
				}
				set(original, c.status)
			}
			if !urgent(correction) {
				t.Errorf("a correction of a draft %s %s is not urgent", c.status, c.name[len(c.status)+1:])
			}
			set(correction, "approved")
			if urgent(correction) {
				t.Error("an approved correction is still urgent")
			}
		})
	}
}
