// Package ingest reads press releases out of IMAP mailboxes and queues
// them, advancing a per-mailbox cursor only after the queue acknowledged
// each message.
package ingest

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"mime"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"

	"newsdesk/config"
	"newsdesk/queue"
	"newsdesk/store"
)

// Poller reads one mailbox folder into the queue.
type Poller struct {
	Mailbox    config.Mailbox
	Queue      *queue.Queue
	Store      *store.Store
	Interval   time.Duration // between checks for new mail
	Batch      int           // UIDs per FETCH
	MaxMessage int64         // larger mail travels as headers only
	Log        *slog.Logger
}

const maxBackoff = 5 * time.Minute

// Run polls until ctx is cancelled, reconnecting with capped exponential
// backoff and jitter after any failure.
func (p *Poller) Run(ctx context.Context) {
	log := p.Log.With("mailbox", p.Mailbox.Name)
	backoff := time.Second
	for {
		err := p.session(ctx, log, func() { backoff = time.Second })
		if ctx.Err() != nil {
			return
		}
		wait := backoff/2 + rand.N(backoff/2+1)
		log.Error("ingest: mailbox session ended; reconnecting", "err", err, "in", wait.Round(time.Millisecond))
		select {
		case <-ctx.Done():
			return
		case <-time.After(wait):
		}
		backoff = min(2*backoff, maxBackoff)
	}
}

// session holds one IMAP connection: sync, wait, sync again, until an error
// or cancellation. healthy is called after every successful sync.
func (p *Poller) session(ctx context.Context, log *slog.Logger, healthy func()) error {
	c, err := p.dial()
	if err != nil {
		return err
	}
	// go-imap commands take no context: closing the client aborts them.
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	defer c.Close()

	if err := c.Login(p.Mailbox.Username, p.Mailbox.Password).Wait(); err != nil {
		return fmt.Errorf("ingest: log in as %q: %w", p.Mailbox.Username, err)
	}
	sel, err := c.Select(p.Mailbox.Folder, nil).Wait()
	if err != nil {
		return fmt.Errorf("ingest: select %q: %w", p.Mailbox.Folder, err)
	}
	log.Info("ingest: connected", "folder", p.Mailbox.Folder, "uidvalidity", sel.UIDValidity, "messages", sel.NumMessages)
	for {
		n, err := p.sync(ctx, c, sel.UIDValidity, log)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		healthy()
		if n > 0 {
			log.Info("ingest: queued new mail", "count", n)
		}
		// The seam for IMAP IDLE: wait for the server's word instead of a timer.
		select {
		case <-ctx.Done():
			return nil
		case <-c.Closed():
			return errors.New("ingest: server closed the connection")
		case <-time.After(p.Interval):
		}
	}
}

func (p *Poller) dial() (*imapclient.Client, error) {
	opts := &imapclient.Options{
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
		TLSConfig:   &tls.Config{MinVersion: tls.VersionTLS12},
	}
	var c *imapclient.Client
	var err error
	switch p.Mailbox.TLS {
	case config.TLSImplicit:
		c, err = imapclient.DialTLS(p.Mailbox.Addr, opts)
	case config.TLSStartTLS:
		c, err = imapclient.DialStartTLS(p.Mailbox.Addr, opts)
	default:
		c, err = imapclient.DialInsecure(p.Mailbox.Addr, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("ingest: connect to %s (tls=%s): %w", p.Mailbox.Addr, p.Mailbox.TLS, err)
	}
	return c, nil
}
