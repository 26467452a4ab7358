package process

import (
	"context"
	"errors"
	"fmt"

	"newsdesk/process/tag"
	"newsdesk/store"
)

// TrainTopics rebuilds the topic model from every tag edit editors made
// and stores it; it returns the number of drafts it learnt from.
func TrainTopics(ctx context.Context, s *store.Store) (int, error) {
	rows, err := s.TagExamples(ctx)
	if err != nil {
		return 0, err
	}
	examples := make([]tag.Example, len(rows))
	for i, r := range rows {
		examples[i] = tag.Example{Text: r.Headline + "\n" + r.Body, Keep: r.Keep, Removed: r.Removed}
	}
	b, err := tag.Train(examples).Marshal()
	if err != nil {
		return 0, err
	}
	if err := s.SaveTagModel(ctx, b, len(examples)); err != nil {
		return 0, err
	}
	return len(examples), nil
}

// ErrTaggerData marks a LoadTagger error that trying again cannot mend:
// the stored model is unreadable. Any other error is the database's,
// and passes.
var ErrTaggerData = errors.New("unreadable tagger data")

// LoadTagger returns tg blended with the newest trained model, if any.
func LoadTagger(ctx context.Context, s *store.Store, tg *tag.Tagger) (*tag.Tagger, error) {
	b, err := s.LatestTagModel(ctx)
	if err != nil || b == nil {
		return tg, err
	}
	m, err := tag.UnmarshalModel(b)
	if err != nil {
		return nil, fmt.Errorf("process: load tagger: %w: %w", ErrTaggerData, err)
	}
	return tg.WithModel(m), nil
}
