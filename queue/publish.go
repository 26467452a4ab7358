package queue

import (
	"context"
	"fmt"
	"strconv"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Publish queues m and returns once JetStream has stored it. duplicate is
// true when the stream already had this key within its duplicate window.
// Mail above the payload limit goes to the object store first and the
// stream message carries its name.
func (q *Queue) Publish(ctx context.Context, m Mail) (duplicate bool, err error) {
	key := m.Key()
	msg := nats.NewMsg(q.Subject)
	msg.Header.Set(headerMailbox, m.Mailbox)
	if m.Oversize > 0 {
		msg.Header.Set(headerOversize, strconv.FormatInt(m.Oversize, 10))
	}
	if len(m.Raw) > q.maxInline {
		if _, err := q.objects.PutBytes(ctx, key, m.Raw); err != nil {
			return false, fmt.Errorf("queue: store large mail %s: %w", key, err)
		}
		msg.Header.Set(headerObject, key)
	} else {
		msg.Data = m.Raw
	}
	ack, err := q.js.PublishMsg(ctx, msg, jetstream.WithMsgID(key))
	if err != nil {
		return false, fmt.Errorf("queue: publish %s: %w", key, err)
	}
	return ack.Duplicate, nil
}
