package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"newsdesk/config"
	"newsdesk/ingest"
	"newsdesk/process"
	"newsdesk/publish"
	"newsdesk/queue"
	"newsdesk/store"
)

// roles says which parts of the pipeline a process runs besides the HTTP
// server, which every process runs (`serve` is that alone).
type roles struct{ poll, work, desk bool }

func runAll(ctx context.Context, e env, args []string) error {
	return runRoles(ctx, e, "run", roles{poll: true, work: true, desk: true}, args)
}

func runPoll(ctx context.Context, e env, args []string) error {
	return runRoles(ctx, e, "poll", roles{poll: true}, args)
}

func runWork(ctx context.Context, e env, args []string) error {
	return runRoles(ctx, e, "work", roles{work: true}, args)
}

func runServe(ctx context.Context, e env, args []string) error {
	return runRoles(ctx, e, "serve", roles{desk: true}, args)
}

func runRoles(ctx context.Context, e env, name string, r roles, args []string) error {
	cfg, cfgErr := config.FromEnv(e.getenv)
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsdesk %s [flags]\n\nFlags (each overrides its environment variable):\n", name)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), "\n"+envHelp)
	}
	var demo bool
	if name == "run" {
		fs.BoolVar(&demo, "demo", false, "also start an in-process IMAP server preloaded with sample releases")
	}
	if name == "run" {
		fs.StringVar(&cfg.DataDir, "data-dir", cfg.DataDir, "embedded NATS storage directory (NEWSDESK_DATA_DIR)")
	}
	if r.poll {
		fs.DurationVar(&cfg.PollInterval, "poll-interval", cfg.PollInterval, "time between mailbox checks (NEWSDESK_POLL_INTERVAL)")
	}
	if r.work {
		fs.IntVar(&cfg.Workers, "workers", cfg.Workers, "concurrent workers (NEWSDESK_WORKERS)")
	}
	fs.StringVar(&cfg.HTTPAddr, "http", cfg.HTTPAddr, "HTTP listen address for probes, metrics and (serve, run) the API (NEWSDESK_HTTP_ADDR)")
	if err := parseFlags(fs, e, args); err != nil {
		return err
	}
	if cfgErr != nil {
		return cfgErr
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	if r.poll {
		if err := cfg.LoadMailboxes(e.getenv); err != nil {
			return err
		}
	}
	if name != "run" && (r.poll || r.work) && cfg.NATSURL == "" {
		return errors.New("NATS_URL is required when roles run as separate processes (only `newsdesk run` embeds NATS)")
	}

	st, err := store.Open(ctx, cfg.DatabaseURL)
	if err != nil {
		return err
	}
	defer st.Close()
	if name == "run" {
		if err := st.Migrate(ctx); err != nil {
			return err
		}
	}
	if demo {
		if err := demoEditor(ctx, e, st, cfg.HTTPAddr); err != nil {
			return err
		}
		mb, stopDemo, err := startDemo(e.log)
		if err != nil {
			return err
		}
		defer stopDemo()
		cfg.Mailboxes = append(cfg.Mailboxes, mb)
	}
	if r.poll && len(cfg.Mailboxes) == 0 {
		if name != "run" {
			return errors.New("no mailbox configured: set NEWSDESK_IMAP_URL")
		}
		e.log.Warn("no mailbox configured: set NEWSDESK_IMAP_URL, or try `newsdesk run --demo`")
	}

	var q *queue.Queue
	if r.poll || r.work {
		q, err = queue.Open(ctx, queue.Options{URL: cfg.NATSURL, DataDir: cfg.DataDir, Prefix: cfg.Queue, AckWait: cfg.AckWait})
		if err != nil {
			return err
		}
		defer q.Close()
		e.log.Info("queue ready", "stream", q.Stream, "consumer", q.Durable, "embedded", cfg.NATSURL == "")
	}
	return supervise(ctx, e, cfg, r, st, q)
}

// supervise runs the roles until ctx is cancelled or one of them fails,
// then stops the others and waits for them: pollers stop reading, workers
// finish the message in hand, the HTTP server finishes its requests.
func supervise(ctx context.Context, e env, cfg config.Config, r roles, st *store.Store, q *queue.Queue) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var errs []error // from the HTTP server and the workers; pollers retry forever
	fail := func(err error) {
		if err != nil {
			mu.Lock()
			errs = append(errs, err)
			mu.Unlock()
			cancel()
		}
	}
	// Every role serves probes and metrics, so ops can watch each process.
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	srv := &publish.Server{Addr: cfg.HTTPAddr, Log: e.log, Ready: map[string]publish.Check{"database": st.Ping},
		Metrics: promhttp.HandlerFor(reg, promhttp.HandlerOpts{})}
	if q != nil {
		srv.Ready["queue"] = func(context.Context) error { return q.Ready() }
	}
	if r.desk {
		d, err := openDesk(e, st)
		if err != nil {
			return err
		}
		srv.App = d.Handler()
		wg.Go(func() { fail(d.Run(ctx)) })
	}
	ln, err := srv.Listen()
	if err != nil {
		return fmt.Errorf("listen on %s (set NEWSDESK_HTTP_ADDR or -http): %w", cfg.HTTPAddr, err)
	}
	wg.Go(func() { fail(srv.Serve(ctx, ln)) })
	if r.work {
		w := &process.Worker{Queue: q, Store: st, Log: e.log}
		wg.Go(func() { fail(w.Run(ctx, cfg.Workers)) })
		e.log.Info("workers started", "count", cfg.Workers)
	}
	if r.poll {
		metrics := ingest.NewMetrics(reg)
		for _, mb := range cfg.Mailboxes {
			p := &ingest.Poller{Mailbox: mb, Queue: q, Store: st, Metrics: metrics, Interval: cfg.PollInterval,
				Batch: cfg.FetchBatch, MaxMessage: cfg.MaxMessage, Log: e.log}
			wg.Go(func() { p.Run(ctx) })
			e.log.Info("poller started", "mailbox", mb.String())
		}
	}
	<-ctx.Done()
	e.log.Info("shutting down")
	wg.Wait()
	return errors.Join(errs...)
}
