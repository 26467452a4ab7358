package process

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"

	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/process/normalise"
	"newsdesk/queue"
	"newsdesk/store"
)

// defaultMaxAttempts is used when Worker.MaxAttempts is unset.
const defaultMaxAttempts = 5

// prepare counts the attempt, reads the email and says what to store. An
// email whose attempts never finished MaxAttempts times (its worker died
// on it, or the store kept refusing it) is stored as failed, untouched:
// whatever breaks on it would break again, and a queue must never loop.
// A first delivery is attempt 1 and writes nothing yet; a redelivery
// counts its attempt in a transaction of its own before any work, so a
// worker dying on it leaves the count behind (store.BeginAttempt). A
// database that does not answer then counts no attempt: that is an
// outage. (One that fails a first delivery's save counts that one.)
func (w *Worker) prepare(ctx context.Context, msg jetstream.Msg, meta *jetstream.MsgMetadata, key string, log *slog.Logger) (store.Message, error) {
	n, lastErr := 1, ""
	if !firstDelivery(meta) {
		var err error
		if n, lastErr, err = w.Store.BeginAttempt(ctx, key); err != nil {
			return store.Message{}, err
		}
	}
	limit := w.MaxAttempts
	if limit <= 0 {
		limit = defaultMaxAttempts
	}
	raw, err := w.Queue.Raw(ctx, msg)
	if err != nil && n <= limit {
		return store.Message{}, w.attemptFailed(ctx, key, err, log)
	}
	size := queue.OversizeBytes(msg)
	var m store.Message
	switch {
	case n > limit:
		if lastErr == "" {
			lastErr = "none recorded: the worker stopped (killed, out of memory, timed out) while processing it"
		}
		object := queue.Original(msg)
		if err != nil {
			// The bytes themselves are unreadable: the row keeps the name
			// of their object, which stays in the store (see stored).
			lastErr, raw = err.Error(), []byte{}
			object = cmp.Or(object, queue.LargeObject(msg))
		}
		m = store.Message{SourceKey: key, Raw: raw, RawObject: object, Status: store.Failed,
			Reason: fmt.Sprintf("gave up after %d attempts that did not finish; last error: %s", n-1, lastErr)}
		log.Error("process: storing as failed after repeated attempts", "attempts", n-1, "last_error", firstLine(lastErr))
	case queue.Oversize(msg) != "":
		m = store.Message{SourceKey: key, Raw: raw, RawObject: queue.Original(msg), Status: store.Rejected, Reason: queue.Oversize(msg)}
	default:
		m = w.normalise(key, raw)
		w.tagDraft(&m)
	}
	// Identity comes from the raw header block whatever the outcome, so a
	// rejected or failed email never merges with a different one.
	m.MessageID, m.ContentHash = Identity(raw, size)
	if err != nil { // unreadable: only its source says which email it is
		m.ContentHash = sourceHash(key)
	}
	return m, nil
}

// normalise is the one place the worker calls the normaliser.
func (w *Worker) normalise(key string, raw []byte) store.Message {
	if w.Normalise != nil {
		return w.Normalise(key, raw)
	}
	return Evaluate(key, raw)
}

// Evaluate runs the normaliser on one email read from source key and
// says what to store.
func Evaluate(key string, raw []byte) store.Message {
	r := normalise.Evaluate(raw)
	return store.Message{SourceKey: key, Raw: raw, ContentHash: r.ContentHash, Status: store.Status(r.Outcome),
		Reason: r.Reason, Draft: r.Draft, MessageID: r.MessageID}
}

// attemptFailed notes why an attempt failed, for the record a later
// attempt may have to store, and returns err.
func (w *Worker) attemptFailed(ctx context.Context, key string, err error, log *slog.Logger) error {
	if rerr := w.Store.AttemptFailed(ctx, key, err.Error()); rerr != nil {
		log.Debug("process: record failed attempt", "err", rerr)
	}
	return err
}
