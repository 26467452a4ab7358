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
	d := &Dispatcher{Log: log, JS: js, Queue: queue}
	d.Opts = d.Opts.withDefaults()
	// Sends hold a connection each (see Dispatcher), plus one to listen.
	ds, err := st.Dedicated(ctx, int32(d.Opts.Workers)+1)
	if err != nil {
		return err
	}
	defer ds.Close()
	d.Store = ds
	svc := NewService(st, "", log)
	var wg sync.WaitGroup
	errs := make([]error, 2)
	wg.Go(func() { errs[0] = (&Scheduler{Service: svc}).Run(ctx) })
	wg.Go(func() { errs[1] = d.Run(ctx) })
	wg.Wait()
	return errors.Join(errs...)
}
