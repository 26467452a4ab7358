package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"newsdesk/config"
	"newsdesk/desk"
	"newsdesk/ingest"
	"newsdesk/process"
	"newsdesk/process/normalise/mime"
	"newsdesk/process/tag"
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
		fs.Int64Var(&cfg.WorkMemory, "work-memory", cfg.WorkMemory, "raw email bytes the workers hold at once; a larger email runs alone (NEWSDESK_WORK_MEMORY_BYTES)")
	}
	if cfg.HTTPAddr == "" {
		cfg.HTTPAddr = config.DefaultHTTPAddr(name)
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
	if r.work {
		if err := mime.CheckPDFReader(); err != nil {
			return err
		}
	}
	if r.poll {
		if err := cfg.LoadMailboxes(e.getenv); err != nil {
			return err
		}
	}
	if name != "run" && (r.poll || r.work) && cfg.NATSURL == "" {
		return errors.New("NATS_URL is required when roles run as separate processes (only `newsdesk run` embeds NATS)")
	}

	if demo {
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

	setMemoryLimit(e, cfg, r)
	return supervise(ctx, e, cfg, r, name == "run", demo)
}

// supervise serves HTTP at once, connects (retrying while PostgreSQL or
// NATS is down), then runs the roles until ctx is cancelled or one of them
// fails, then stops the others and waits for them: pollers stop reading,
// workers finish the message in hand, the HTTP server finishes its requests.
func supervise(ctx context.Context, e env, cfg config.Config, r roles, migrate, demo bool) error {
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
	end := func(err error) error {
		if ctx.Err() == nil { // a shutdown while connecting is no failure
			fail(err)
		}
		cancel()
		wg.Wait()
		return errors.Join(errs...)
	}
	// Every role serves probes and metrics, so ops can watch each process.
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	d := &deps{}
	srv := &publish.Server{Addr: cfg.HTTPAddr, Log: e.log, Ready: d.checks(r.poll || r.work),
		Metrics: promhttp.HandlerFor(reg, promhttp.HandlerOpts{}), Desk: r.desk}
	var deskRef atomic.Pointer[desk.Desk] // set once the database answers
	if r.desk {
		srv.MetricsAuth = metricsAuth(e.getenv("NEWSDESK_METRICS_TOKEN"), &deskRef)
	}
	ln, err := srv.Listen()
	if err != nil {
		return fmt.Errorf("listen on %s (set NEWSDESK_HTTP_ADDR or -http): %w", cfg.HTTPAddr, err)
	}
	wg.Go(func() { fail(srv.Serve(ctx, ln)) })

	st, err := connect(ctx, e.log, "PostgreSQL", store.IsConfigError, func(ctx context.Context) (*store.Store, error) {
		return store.Open(ctx, cfg.DatabaseURL)
	})
	if err != nil {
		return end(err)
	}
	defer st.Close()
	if migrate {
		if err := st.Migrate(ctx); err != nil {
			return end(err)
		}
	}
	var q *queue.Queue
	if r.poll || r.work || (r.desk && cfg.NATSURL != "") {
		tooOld := func(err error) bool { return errors.Is(err, queue.ErrServerVersion) }
		q, err = connect(ctx, e.log, "NATS", tooOld, func(ctx context.Context) (*queue.Queue, error) {
			return queue.Open(ctx, queue.Options{URL: cfg.NATSURL, DataDir: cfg.DataDir, Prefix: cfg.Queue, AckWait: cfg.AckWait})
		})
		if err != nil {
			return end(err)
		}
		defer q.Close()
		e.log.Info("queue ready", "stream", q.Stream, "consumer", q.Durable, "embedded", cfg.NATSURL == "")
	}
	d.set(st, q)
	if r.desk {
		dk, err := openDesk(e, st)
		if err != nil {
			return end(err)
		}
		if demo {
			if err := demoEditor(ctx, e, st, cfg.HTTPAddr); err != nil {
				return end(err)
			}
		}
		deskRef.Store(dk)
		srv.SetApp(dk.Handler())
		wg.Go(func() { fail(dk.Run(ctx)) })
		var js jetstream.JetStream
		if q != nil {
			js = q.JetStream()
		}
		wg.Go(func() {
			if err := publish.RunOutputs(ctx, st, js, cfg.Queue, e.log); ctx.Err() == nil {
				fail(err)
			}
		})
	}
	if r.work {
		rules, err := tag.New()
		if err != nil {
			return end(err)
		}
		// PostgreSQL may go away again between connecting and here: wait
		// for it, but not for an answer that will not change.
		permanent := func(err error) bool { return errors.Is(err, process.ErrTaggerData) || store.Lasting(err) }
		tg, err := connect(ctx, e.log, "PostgreSQL", permanent,
			func(ctx context.Context) (*tag.Tagger, error) { return process.LoadTagger(ctx, st, rules) })
		if err != nil {
			return end(err)
		}
		w := &process.Worker{Queue: q, Store: st, Log: e.log, Metrics: process.NewMetrics(reg), MaxAttempts: cfg.MaxAttempts, Tags: tg, Memory: cfg.WorkMemory}
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
	return end(nil)
}
