package queue

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// StoreLarge streams an email too large for a stream message into the
// object store under its source key, holding at most objectWindow+1
// chunks of it (640 KiB) in memory, and returns its size. The mail queued after it names the object
// (Mail.Object); the worker that stores it releases it.
func (q *Queue) StoreLarge(ctx context.Context, key string, r io.Reader) (size int64, err error) {
	info, err := q.putObject(ctx, key, r)
	if err != nil {
		return 0, fmt.Errorf("queue: store large mail %s: %w", key, err)
	}
	return int64(info.Size), nil
}

// largeReadTime bounds reading one large email back: minutes even for the
// largest a poller queues whole, on a loaded machine.
const largeReadTime = 5 * time.Minute

// MaxInline is the largest email that travels inside a stream message;
// larger ones go through the object store (StoreLarge).
func (q *Queue) MaxInline() int { return q.maxInline }

// Size is the length of a delivered email: what Raw will return, read
// before fetching it, or -1 when the publisher did not say (a large mail
// queued by an older poller).
func Size(msg jetstream.Msg) int64 {
	if msg.Headers().Get(headerObject) == "" {
		return int64(len(msg.Data()))
	}
	n, err := strconv.ParseInt(msg.Headers().Get(headerSize), 10, 64)
	if err != nil {
		return -1
	}
	return n
}

// readLarge reads a large email back from the object store into a buffer
// of its exact size: growing one as the chunks arrive would allocate about
// twice the email.
//
// Without a deadline of its own, the object store gives every chunk five
// seconds to arrive, and a busy machine misses that on big mail: the read
// fails and costs the email an attempt. It gets largeReadTime instead, as
// a whole, unless ctx ends first.
func (q *Queue) readLarge(ctx context.Context, name string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, largeReadTime)
	defer cancel()
	r, err := q.objects.Get(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("queue: fetch large mail %s: %w", name, err)
	}
	defer r.Close()
	info, err := r.Info()
	if err != nil {
		return nil, fmt.Errorf("queue: fetch large mail %s: %w", name, err)
	}
	b := make([]byte, info.Size)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("queue: fetch large mail %s: %w", name, err)
	}
	// The object's digest is checked when its end is read.
	if n, err := r.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = fmt.Errorf("longer than its recorded %d bytes", info.Size)
		}
		return nil, fmt.Errorf("queue: fetch large mail %s: %w", name, err)
	}
	return b, nil
}
