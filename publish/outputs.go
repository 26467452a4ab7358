package publish

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/store"
)

// RunOutputs runs what publishes on its own — the embargo scheduler and
// the outbox dispatcher — until ctx ends. Every replica of the serving
// role may run it. With js nil, NATS events wait in the outbox for a
// process that has NATS; queue is the subject prefix ("<queue>.published").
func RunOutputs(ctx context.Context, st *store.Store, js jetstream.JetStream, queue string, log *slog.Logger) error {
	if js != nil {
		if err := EnsureEventStream(ctx, js, queue); err != nil {
			return err
		}
	}
	svc := NewService(st, "", log)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() { errs[0] = (&Scheduler{Service: svc}).Run(ctx) })
	wg.Go(func() { errs[1] = (&Dispatcher{Store: st, Log: log, JS: js, Queue: queue}).Run(ctx) })
	wg.Wait()
	return errors.Join(errs...)
}
