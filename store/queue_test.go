package store

import (
	"context"
	"testing"

	"newsdesk/draft"
)

// TestQueueTopicFilterFindsNarrowerCodes: drafts carry their most specific
// topic and its top level only, so a filter on a middle level of the
// hierarchy finds them through the narrower codes it is given.
func TestQueueTopicFilterFindsNarrowerCodes(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	d := release("Reservists called up", "The army calls up two thousand reservists.")
	d.Topics = []draft.Topic{
		{Code: "medtop:20000599", Label: "armed forces", Score: 0.8, Source: draft.TopicRules},
		{Code: "medtop:11000000", Label: "politics", Score: 0.8, Source: draft.TopicRules},
	}
	saveDraft(t, s, "box:1:1", d)
	saveDraft(t, s, "box:1:2", release("Flood warning", "Rivers rise in the east."))
	for _, tc := range []struct {
		name string
		f    QueueFilter
		want int
	}{
		{"top level", QueueFilter{Topic: "medtop:11000000"}, 1},
		{"leaf", QueueFilter{Topic: "medtop:20000599"}, 1},
		{"middle level alone", QueueFilter{Topic: "medtop:20000598"}, 0},
		{"middle level with the codes under it", QueueFilter{Topic: "medtop:20000598", Narrower: []string{"medtop:20000599", "medtop:20000600"}}, 1},
		{"another topic", QueueFilter{Topic: "medtop:17000000"}, 0},
	} {
		items, err := s.Queue(ctx, tc.f)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(items) != tc.want {
			t.Errorf("%s: %d drafts, want %d", tc.name, len(items), tc.want)
		}
	}
}
