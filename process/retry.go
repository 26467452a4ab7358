package process

import (
	"context"
	"errors"
	"fmt"

	"newsdesk/store"
)

// Retried is the outcome of processing one failed message again.
type Retried struct {
	ID     int64        `json:"id"`
	Status store.Status `json:"status"`
	Reason string       `json:"reason,omitempty"`
}

// RetryFailed runs the normaliser (nil means Evaluate) again over the
// stored bytes of failed messages (all of them when ids is empty) and
// records the new outcome: a draft when it now works.
func RetryFailed(ctx context.Context, st *store.Store, ids []int64, normalise func(key string, raw []byte) store.Message) ([]Retried, error) {
	if normalise == nil {
		normalise = Evaluate
	}
	if len(ids) == 0 {
		failed, err := st.ListMessages(ctx, store.Failed)
		if err != nil {
			return nil, err
		}
		for _, m := range failed {
			ids = append(ids, m.ID)
		}
	}
	var out []Retried
	for _, id := range ids {
		raw, key, err := st.Raw(ctx, id)
		if err != nil {
			return out, err
		}
		m := normalise(key, raw)
		if err := st.Resolve(ctx, id, m.Status, m.Reason, m.Draft); err != nil {
			if errors.Is(err, store.ErrNotFailed) {
				return out, fmt.Errorf("process: message %d: %w", id, err)
			}
			return out, err
		}
		out = append(out, Retried{ID: id, Status: m.Status, Reason: m.Reason})
	}
	return out, nil
}
