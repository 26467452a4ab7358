package queue

import (
	"bytes"
	"context"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Publish queues m and returns once JetStream has stored it. duplicate is
// true when the stream already had this key within its duplicate window.
func (q *Queue) Publish(ctx context.Context, m Mail) (duplicate bool, err error) {
	msg, err := q.message(ctx, m)
	if err != nil {
		return false, err
	}
	ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(m.Key()))
	if err != nil {
		return false, fmt.Errorf("queue: publish %s: %w", m.Key(), err)
	}
	return ack.Duplicate, nil
}

// message builds the stream message for m. Mail above the payload limit
// goes to the object store first and the stream message carries its name.
func (q *Queue) message(ctx context.Context, m Mail) (*nats.Msg, error) {
	key := m.Key()
	msg := nats.NewMsg(q.Subject)
	msg.Header.Set(headerMailbox, m.Mailbox)
	if m.Oversize > 0 {
		msg.Header.Set(headerOversize, strconv.FormatInt(m.Oversize, 10))
	}
	if m.Original != "" {
		msg.Header.Set(headerOriginal, m.Original)
	}
	if m.Object == "" && len(m.Raw) > q.maxInline {
		// Fetched whole (the server's RFC822.SIZE was below the limit).
		size, err := q.StoreLarge(ctx, key, bytes.NewReader(m.Raw))
		if err != nil {
			return nil, err
		}
		m.Object, m.Size = key, size
	}
	if m.Object != "" {
		msg.Header.Set(headerObject, m.Object)
		msg.Header.Set(headerSize, strconv.FormatInt(m.Size, 10))
	} else {
		msg.Data = m.Raw
	}
	return msg, nil
}

// Batch publishes mails without waiting for each acknowledgement in turn,
// which a backlog of thousands would otherwise pay for one by one. Wait
// says when all of them are stored.
type Batch struct {
	q       *Queue
	pending []pendingAck
	bytes   int
}

type pendingAck struct {
	key string
	fut jetstream.PubAckFuture
}

// Batch starts an empty batch.
func (q *Queue) Batch() *Batch { return &Batch{q: q} }

// Add sends m without waiting for JetStream's acknowledgement.
func (b *Batch) Add(ctx context.Context, m Mail) error {
	msg, err := b.q.message(ctx, m)
	if err != nil {
		return err
	}
	fut, err := b.q.js.PublishMsgAsync(msg, jetstream.WithMsgID(m.Key()))
	if err != nil {
		return fmt.Errorf("queue: publish %s: %w", m.Key(), err)
	}
	b.pending = append(b.pending, pendingAck{m.Key(), fut})
	b.bytes += len(msg.Data)
	return nil
}

// Bytes is the payload sent and not yet acknowledged.
func (b *Batch) Bytes() int { return b.bytes }

// Wait returns once JetStream stored every mail added since the last Wait,
// or with the first failure; mail after a failure must be sent again.
func (b *Batch) Wait(ctx context.Context) error {
	for _, p := range b.pending {
		select {
		case <-p.fut.Ok():
		case err := <-p.fut.Err():
			return fmt.Errorf("queue: publish %s: %w", p.key, err)
		case <-ctx.Done():
			return fmt.Errorf("queue: publish %s: %w", p.key, ctx.Err())
		}
	}
	b.pending, b.bytes = b.pending[:0], 0
	return nil
}
