package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Attach connects to an existing queue for ops commands without creating
// or changing anything: Open would rewrite the consumer with this
// process's AckWait.
func Attach(ctx context.Context, o Options) (*Queue, error) {
	if o.URL == "" {
		return nil, errors.New("queue: NATS_URL is not set: the embedded server of `newsdesk run` is reachable only from inside it")
	}
	q, err := connectQueue(o)
	if err != nil {
		return nil, err
	}
	if q.objects, err = q.js.ObjectStore(ctx, q.Bucket); err != nil && !errors.Is(err, jetstream.ErrBucketNotFound) {
		q.Close()
		return nil, fmt.Errorf("queue: object store %s: %w", q.Bucket, err)
	}
	return q, nil
}

// State is what the stream and the workers' consumer hold.
type State struct {
	Server      string        `json:"server_version"`
	Messages    uint64        `json:"messages"`    // in the stream: not yet acknowledged by a worker
	Pending     uint64        `json:"pending"`     // not yet delivered to any worker
	Unacked     int           `json:"unacked"`     // delivered, not yet acknowledged
	Redelivered int           `json:"redelivered"` // delivered more than once and still unacknowledged
	Waiting     int           `json:"waiting"`     // workers' pull requests waiting for mail
	OldestAge   time.Duration `json:"oldest_age_ns"`
}

// State reads the stream's and the consumer's counters.
func (q *Queue) State(ctx context.Context) (State, error) {
	s := State{Server: q.nc.ConnectedServerVersion()}
	st, err := q.js.Stream(ctx, q.Stream)
	if err != nil {
		return s, fmt.Errorf("queue: stream %s: %w", q.Stream, err)
	}
	si, err := st.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: stream %s: %w", q.Stream, err)
	}
	s.Messages = si.State.Msgs
	if s.Messages > 0 && !si.State.FirstTime.IsZero() {
		s.OldestAge = time.Since(si.State.FirstTime)
	}
	c, err := st.Consumer(ctx, q.Durable)
	if err != nil {
		return s, fmt.Errorf("queue: consumer %s: %w", q.Durable, err)
	}
	ci, err := c.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: consumer %s: %w", q.Durable, err)
	}
	s.Pending, s.Unacked, s.Redelivered, s.Waiting = ci.NumPending, ci.NumAckPending, ci.NumRedelivered, ci.NumWaiting
	return s, nil
}

// Reconciled says what Reconcile found.
type Reconciled struct {
	Scanned, Stored, Deleted int
}

// Reconcile removes from the stream every message whose source key stored
// reports as already in the database: after a server crash an old server
// could keep messages the workers had acknowledged, and workers would
// only find them stored again. With dryRun it counts and removes nothing.
func (q *Queue) Reconcile(ctx context.Context, stored func(ctx context.Context, keys []string) (map[string]bool, error), dryRun bool) (Reconciled, error) {
	var r Reconciled
	st, err := q.js.Stream(ctx, q.Stream)
	if err != nil {
		return r, fmt.Errorf("queue: stream %s: %w", q.Stream, err)
	}
	si, err := st.Info(ctx)
	if err != nil {
		return r, fmt.Errorf("queue: stream %s: %w", q.Stream, err)
	}
	type found struct {
		seq    uint64
		object string
	}
	bySource := map[string]found{}
	var keys []string
	flush := func() error {
		if len(keys) == 0 {
			return nil
		}
		done, err := stored(ctx, keys)
		if err != nil {
			return err
		}
		for _, k := range keys {
			if !done[k] {
				continue
			}
			r.Stored++
			if dryRun {
				continue
			}
			f := bySource[k]
			if err := st.DeleteMsg(ctx, f.seq); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
				return fmt.Errorf("queue: delete message %d (%s): %w", f.seq, k, err)
			}
			if f.object != "" && q.objects != nil {
				q.objects.Delete(ctx, f.object) // the stored message has the bytes
			}
			r.Deleted++
		}
		keys, bySource = keys[:0], map[string]found{}
		return nil
	}
	for seq := si.State.FirstSeq; seq <= si.State.LastSeq && si.State.Msgs > 0; seq++ {
		m, err := st.GetMsg(ctx, seq)
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			continue
		}
		if err != nil {
			return r, fmt.Errorf("queue: read message %d: %w", seq, err)
		}
		r.Scanned++
		k := m.Header.Get(jetstream.MsgIDHeader)
		bySource[k] = found{seq, m.Header.Get(headerObject)}
		keys = append(keys, k)
		if len(keys) == 500 {
			if err := flush(); err != nil {
				return r, err
			}
		}
	}
	return r, flush()
}
