package publish

import (
	"context"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/store"
)

// PublishedSubject is where every publish, correction and unpublish event
// goes: "<prefix>.published".
func PublishedSubject(prefix string) string { return prefix + ".published" }

// EnsureEventStream makes the stream that keeps the published events, so
// a consumer that was away can catch up, and so publishing is acknowledged.
// Its duplicate window drops a re-send after a crash (same Nats-Msg-Id).
func EnsureEventStream(ctx context.Context, js jetstream.JetStream, prefix string) error {
	_, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       prefix + "_published",
		Subjects:   []string{PublishedSubject(prefix)},
		Storage:    jetstream.FileStorage,
		MaxAge:     30 * 24 * time.Hour,
		Duplicates: 24 * time.Hour,
	})
	if err != nil {
		return fmt.Errorf("publish: event stream: %w", err)
	}
	return nil
}

// sendNATS publishes one event and waits for JetStream's acknowledgement.
func sendNATS(ctx context.Context, js jetstream.JetStream, prefix string, d *store.Delivery) error {
	msg := nats.NewMsg(PublishedSubject(prefix))
	msg.Data = d.Body
	msg.Header.Set("Newsdesk-Event", d.Type)
	if _, err := js.PublishMsg(ctx, msg, jetstream.WithMsgID(d.Event)); err != nil {
		return fmt.Errorf("publish: NATS %s: %w", d.Event, err)
	}
	return nil
}
