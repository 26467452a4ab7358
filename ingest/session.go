package ingest

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"os"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"

	"newsdesk/config"
	"newsdesk/store"
)

// session holds one IMAP connection: sync, wait for news (IDLE, or a timer
// where the server lacks it), sync again, until an error or cancellation.
// healthy is called after every successful sync.
func (p *Poller) session(ctx context.Context, lock *store.Lock, auth *authenticator, log *slog.Logger, healthy func()) error {
	p.setState(ctx, "connecting", 0, false)
	newMail := make(chan struct{}, 1)
	c, err := p.dial(newMail)
	if err != nil {
		return err
	}
	dog := newWatchdog(c, p.StallTimeout)
	defer dog.stop()
	// go-imap commands take no context: closing the client aborts them.
	stop := context.AfterFunc(ctx, func() { c.Close() })
	defer stop()
	defer c.Close()
	// Without the lock another replica may read: stop the moment it goes,
	// in IDLE or mid-fetch, not at the next sync.
	ended := make(chan struct{})
	defer close(ended)
	go func() {
		select {
		case <-lock.Lost():
			c.Close()
		case <-ended:
		}
	}()

	// The watchdog runs from the dial: a server that stops answering during
	// login or SELECT is named as such, like one that stops later.
	if err := auth.login(ctx, c); err != nil {
		return dog.explain(err)
	}
	sel, err := c.Select(p.Mailbox.Folder, nil).Wait()
	if err != nil {
		return dog.explain(fmt.Errorf("ingest: select %q: %w", p.Mailbox.Folder, err))
	}
	canIdle := c.Caps().Has(imap.CapIdle) || c.Caps().Has(imap.CapIMAP4rev2)
	log.Info("ingest: connected", "folder", p.Mailbox.Folder, "uidvalidity", sel.UIDValidity,
		"messages", sel.NumMessages, "idle", canIdle)
	uidNext := uint32(sel.UIDNext)
	for {
		if err := lock.Check(ctx); err != nil {
			return err
		}
		p.setState(ctx, "fetching", uidNext, false)
		dog.kick()
		n, cur, err := p.sync(ctx, c, sel, dog, log)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return dog.explain(err)
		}
		healthy()
		uidNext = max(uidNext, cur.LastUID+1)
		p.Metrics.synced(p.Mailbox.Name, cur.LastUID, uidNext)
		if n > 0 {
			log.Info("ingest: queued new mail", "count", n, "cursor", cur.LastUID)
		}
		if canIdle {
			p.setState(ctx, "idle", uidNext, true)
			err = p.idle(ctx, c, newMail, dog)
		} else {
			p.setState(ctx, "polling", uidNext, true)
			err = awaitNews(ctx, c, newMail, p.Interval)
		}
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			return dog.explain(err)
		}
	}
}

// idle waits in IMAP IDLE until the server announces mail, the recheck
// timer fires, or the connection dies.
func (p *Poller) idle(ctx context.Context, c *imapclient.Client, newMail <-chan struct{}, dog *watchdog) error {
	// The server must acknowledge IDLE promptly: c.Idle waits for its
	// continuation, and a link that dies now would otherwise hang it for good.
	dog.kick()
	cmd, err := c.Idle()
	if err != nil {
		return fmt.Errorf("ingest: idle: %w", err)
	}
	dog.pause() // silence is normal while idling
	if err := awaitNews(ctx, c, newMail, p.IdleRecheck); err != nil {
		return err
	}
	dog.kick() // the server must answer DONE promptly
	if err := cmd.Close(); err != nil {
		return fmt.Errorf("ingest: end idle: %w", err)
	}
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("ingest: idle: %w", err)
	}
	return nil
}

// awaitNews returns when the server announces mail, d passes, ctx ends,
// or (with an error) the connection closes. Without IDLE it is the whole
// polling fallback; with IDLE it is the wait inside one IDLE command.
func awaitNews(ctx context.Context, c *imapclient.Client, newMail <-chan struct{}, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-newMail:
	case <-t.C:
	case <-c.Closed():
		return errors.New("ingest: server closed the connection")
	}
	return nil
}

func (p *Poller) dial(newMail chan<- struct{}) (*imapclient.Client, error) {
	tc, err := tlsConfig(p.Mailbox)
	if err != nil {
		return nil, err
	}
	opts := &imapclient.Options{
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
		TLSConfig:   tc,
		// Probes find a peer that vanished without closing the connection.
		Dialer: &net.Dialer{Timeout: 30 * time.Second, KeepAliveConfig: net.KeepAliveConfig{
			Enable: true, Idle: 30 * time.Second, Interval: 10 * time.Second, Count: 3}},
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			// Runs on the client's reader goroutine: only signal.
			Mailbox: func(d *imapclient.UnilateralDataMailbox) {
				if d.NumMessages != nil {
					select {
					case newMail <- struct{}{}:
					default:
					}
				}
			},
		},
	}
	var c *imapclient.Client
	switch p.Mailbox.TLS {
	case config.TLSImplicit:
		c, err = imapclient.DialTLS(p.Mailbox.Addr, opts)
	case config.TLSStartTLS:
		c, err = imapclient.DialStartTLS(p.Mailbox.Addr, opts)
	default:
		c, err = imapclient.DialInsecure(p.Mailbox.Addr, opts)
	}
	if err != nil {
		var cerr *tls.CertificateVerificationError
		if errors.As(err, &cerr) {
			return nil, fmt.Errorf("ingest: %s presented a certificate we do not trust (set ca_file for a private CA): %w", p.Mailbox.Addr, err)
		}
		return nil, fmt.Errorf("ingest: connect to %s (tls=%s): %w", p.Mailbox.Addr, p.Mailbox.TLS, err)
	}
	return c, nil
}

func tlsConfig(m config.Mailbox) (*tls.Config, error) {
	tc := &tls.Config{MinVersion: tls.VersionTLS12}
	if m.CAFile == "" {
		return tc, nil
	}
	pem, err := os.ReadFile(m.CAFile)
	if err != nil {
		return nil, fmt.Errorf("ingest: ca_file: %w", err)
	}
	tc.RootCAs = x509.NewCertPool()
	if !tc.RootCAs.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("ingest: ca_file %s holds no PEM certificate", m.CAFile)
	}
	return tc, nil
}

// watchdog closes a connection whose server stopped answering.
type watchdog struct {
	d     time.Duration
	t     *time.Timer
	once  sync.Once
	fired chan struct{}
}

func newWatchdog(c *imapclient.Client, d time.Duration) *watchdog {
	w := &watchdog{d: d, fired: make(chan struct{})}
	w.t = time.AfterFunc(d, func() {
		w.once.Do(func() { close(w.fired) })
		c.Close()
	})
	return w
}

func (w *watchdog) kick()  { w.t.Reset(w.d) }
func (w *watchdog) pause() { w.t.Stop() }
func (w *watchdog) stop()  { w.t.Stop() }

// explain names the watchdog as the cause when it closed the connection.
func (w *watchdog) explain(err error) error {
	select {
	case <-w.fired:
		return fmt.Errorf("ingest: server did not answer for %s; connection closed: %w", w.d, err)
	default:
		return err
	}
}
