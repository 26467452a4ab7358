package queue

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// Consumer returns the workers' durable pull consumer.
func (q *Queue) Consumer(ctx context.Context) (jetstream.Consumer, error) {
	c, err := q.js.Consumer(ctx, q.Stream, q.Durable)
	if err != nil {
		return nil, fmt.Errorf("queue: consumer %s: %w", q.Durable, err)
	}
	return c, nil
}

// Key returns the source key a delivered message was published under.
func Key(msg jetstream.Msg) string {
	return msg.Headers().Get(jetstream.MsgIDHeader)
}

// Raw returns the email bytes of a delivered message, fetching them from
// the object store when they travelled there.
func (q *Queue) Raw(ctx context.Context, msg jetstream.Msg) ([]byte, error) {
	name := msg.Headers().Get(headerObject)
	if name == "" {
		return msg.Data(), nil
	}
	return q.readLarge(ctx, name)
}

// Large tells a message whose bytes travelled through the object store:
// its size is not that of its stream message, and Raw reads it whole.
func Large(msg jetstream.Msg) bool { return msg.Headers().Get(headerObject) != "" }

// LargeObject names the object-store copy of a large message, or "".
func LargeObject(msg jetstream.Msg) string { return msg.Headers().Get(headerObject) }

// Release deletes the object-store copy of a message once it is stored
// and acknowledged; the stream message itself is removed by the ack.
func (q *Queue) Release(ctx context.Context, msg jetstream.Msg) error {
	name := msg.Headers().Get(headerObject)
	if name == "" {
		return nil
	}
	if err := q.objects.Delete(ctx, name); err != nil {
		return fmt.Errorf("queue: delete large mail %s: %w", name, err)
	}
	return nil
}

// Oversize returns why a message was cut to its headers by the poller, or
// "" when it travelled whole.
func Oversize(msg jetstream.Msg) string {
	n := msg.Headers().Get(headerOversize)
	switch {
	case n == "":
	case Original(msg) != "":
		return "message of " + n + " bytes is over the size limit; not processed, its whole bytes kept in the object store as " + Original(msg)
	default:
		return "message of " + n + " bytes is over the size limit; only its headers were kept"
	}
	return ""
}
