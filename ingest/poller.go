// Package ingest reads press releases out of IMAP mailboxes and queues
// them, advancing a per-mailbox cursor only after the queue acknowledged
// each message.
package ingest

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"time"

	"newsdesk/config"
	"newsdesk/queue"
	"newsdesk/store"
)

// Poller reads one mailbox folder into the queue. Only the replica that
// holds the mailbox's lock reads; the others wait to take over.
type Poller struct {
	Mailbox    config.Mailbox
	Queue      *queue.Queue
	Store      *store.Store
	Metrics    *Metrics
	Log        *slog.Logger
	Interval   time.Duration // polling interval without IDLE; the recheck interval with it
	Batch      int           // UIDs per FETCH
	MaxMessage int64         // larger mail travels as headers only and is rejected
	// IdleRecheck ends each IDLE after this long to sync anyway: it proves
	// the connection alive and catches mail a server failed to announce.
	IdleRecheck time.Duration // default 4 minutes
	// StallTimeout closes a connection on which a command got no answer:
	// servers and middleboxes drop connections without a word.
	StallTimeout time.Duration // default 2 minutes
}

const (
	maxBackoff = 5 * time.Minute
	// lockRetry is how often a standby replica tries the mailbox's lock:
	// the takeover delay after the reader dies.
	lockRetry = 2 * time.Second
)

// Run reads the mailbox until ctx is cancelled.
func (p *Poller) Run(ctx context.Context) {
	if p.IdleRecheck <= 0 {
		p.IdleRecheck = 4 * time.Minute
	}
	if p.StallTimeout <= 0 {
		p.StallTimeout = 2 * time.Minute
	}
	log := p.Log.With("mailbox", p.Mailbox.Name)
	auth, err := newAuthenticator(p.Mailbox, nil)
	if err != nil {
		log.Error("ingest: mailbox disabled", "err", err)
		p.Metrics.setState(p.Mailbox.Name, "disabled")
		return
	}
	standby := false
	for ctx.Err() == nil {
		lock, err := p.Store.LockMailbox(ctx, p.Mailbox.Name)
		switch {
		case errors.Is(err, store.ErrLocked):
			if !standby {
				log.Info("ingest: another process reads this mailbox; standing by")
				// Metrics only: the mailbox's recorded state is its reader's.
				p.Metrics.setState(p.Mailbox.Name, "standby")
				standby = true
			}
			sleep(ctx, lockRetry)
		case err != nil:
			log.Error("ingest: take mailbox lock", "err", err)
			sleep(ctx, lockRetry)
		default:
			standby = false
			log.Info("ingest: reading mailbox", "addr", p.Mailbox.Addr, "folder", p.Mailbox.Folder, "tls", p.Mailbox.TLS, "auth", p.Mailbox.Auth)
			p.lead(ctx, lock, auth, log)
			lock.Release()
		}
	}
}

// lead runs IMAP sessions while this process holds the lock, reconnecting
// with capped exponential backoff and jitter.
func (p *Poller) lead(ctx context.Context, lock *store.Lock, auth *authenticator, log *slog.Logger) {
	backoff := time.Second
	for {
		err := p.session(ctx, lock, auth, log, func() { backoff = time.Second })
		if ctx.Err() != nil {
			return
		}
		if lerr := lock.Check(ctx); lerr != nil {
			log.Error("ingest: lost the mailbox lock; another process may take over", "err", lerr)
			return
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		attrs := []any{"err", err, "retry_in", wait.Round(time.Millisecond)}
		if permanent(err) {
			attrs = append(attrs, "hint", "the server refused the credentials: check the password or token")
		}
		log.Error("ingest: mailbox session ended", attrs...)
		p.Metrics.failed(p.Mailbox.Name)
		if err := p.Store.SetMailboxError(ctx, p.Mailbox.Name, err.Error()); err != nil {
			log.Warn("ingest: record error", "err", err)
		}
		sleep(ctx, wait)
		backoff = min(2*backoff, maxBackoff)
	}
}

// setState reports the poller's state to metrics and to the database,
// where `newsdesk stats` reads it.
func (p *Poller) setState(ctx context.Context, state string, uidNext uint32, fetched bool) {
	p.Metrics.setState(p.Mailbox.Name, state)
	if err := p.Store.SetMailboxState(ctx, p.Mailbox.Name, state, uidNext, fetched); err != nil && ctx.Err() == nil {
		p.Log.Warn("ingest: record state", "mailbox", p.Mailbox.Name, "err", err)
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
