// Package desk is the editors' web app and JSON API: the review queue,
// the draft page, accounts, sessions and API tokens, live updates.
//
// Every page is rendered on the server from embedded templates; the only
// script is the desk's own static/desk.js. Untrusted email content reaches
// the browser only through html/template escaping, the body sanitiser, or
// the sandboxed iframe of the original, all under a strict CSP.
package desk

import (
	"context"
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/alexedwards/scs/v2"

	"newsdesk/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Approver approves a draft: publishing implements it (publish now, or
// schedule until the embargo lifts, or refuse with a typed error).
type Approver interface {
	Approve(ctx context.Context, draftID int64, actor string) error
}

// Options configure the desk.
type Options struct {
	Store *store.Store
	Log   *slog.Logger
	// Approver is called by the approve actions; nil sets the status to
	// approved and nothing more.
	Approver Approver
	// SecureCookies marks the session cookie Secure: set it whenever the
	// desk is reached over HTTPS (directly or through a proxy).
	SecureCookies bool
	// Sanitize cleans body HTML on save and before display; nil uses the
	// desk's copy of the normaliser's policy.
	Sanitize func(string) string
	// Routes are served behind the desk's authentication.
	Routes []Route
	// RetryFailed processes a failed email again (chiefs and admins, from
	// the failed tab); nil offers no retry.
	RetryFailed func(ctx context.Context, messageID int64) error
	// SuggestTopics lists up to limit IPTC topics matching q (code or
	// label) for the tag autocomplete; nil suggests no topics.
	SuggestTopics func(q string, limit int) []TagSuggestion
	// NarrowerTopics lists the IPTC codes under a code, so a topic filter
	// finds drafts tagged below it; nil filters on the code alone.
	NarrowerTopics func(code string) []string
	// AddWebhook registers a partner's endpoint and returns its secret,
	// which the desk shows once (admins, from the publishing page); nil
	// offers no add form. Invalid input comes back as an error with a Refusal method.
	AddWebhook func(ctx context.Context, name, url string) (secret string, err error)
}

// Desk serves the editors' web app.
type Desk struct {
	st       *store.Store
	log      *slog.Logger
	approver Approver
	sanitize func(string) string
	sessions *scs.SessionManager
	hub      *hub
	pages    map[string]*template.Template
	extra    []Route
	retry    func(ctx context.Context, messageID int64) error
	addHook  func(ctx context.Context, name, url string) (string, error)

	suggestTopics  func(q string, limit int) []TagSuggestion // Options.SuggestTopics
	narrowerTopics func(code string) []string                // Options.NarrowerTopics
}

// New builds the desk. Run feeds its live updates and sweeps old sessions.
func New(o Options) (*Desk, error) {
	d := &Desk{st: o.Store, log: o.Log, approver: o.Approver, sanitize: o.Sanitize, hub: newHub(), extra: o.Routes, retry: o.RetryFailed,
		addHook: o.AddWebhook}
	d.suggestTopics, d.narrowerTopics = o.SuggestTopics, o.NarrowerTopics
	if d.log == nil {
		d.log = slog.Default()
	}
	if d.sanitize == nil {
		d.sanitize = bodyPolicy().Sanitize
	}
	if d.approver == nil {
		d.approver = statusApprover{o.Store}
	}
	d.sessions = scs.New()
	d.sessions.Store = o.Store.SessionStore()
	// No idle timeout: it would rewrite the session row on every request.
	d.sessions.Lifetime = 12 * time.Hour
	d.sessions.Cookie.Name = "newsdesk_session"
	d.sessions.Cookie.HttpOnly = true
	d.sessions.Cookie.SameSite = http.SameSiteLaxMode
	d.sessions.Cookie.Secure = o.SecureCookies
	var err error
	if d.pages, err = parsePages(); err != nil {
		return nil, err
	}
	return d, nil
}

// Run feeds the live updates from PostgreSQL notifications and deletes
// expired sessions every 10 minutes, until ctx ends.
func (d *Desk) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	defer wg.Wait()
	wg.Go(func() {
		t := time.NewTicker(10 * time.Minute)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if err := d.st.DeleteExpiredSessions(ctx); err != nil && ctx.Err() == nil {
					d.log.Warn("desk: sweep sessions", "err", err)
				}
			}
		}
	})
	return d.hub.run(ctx, d.st, d.log)
}

// Handler returns every route of the desk behind its middleware: security
// headers, cross-origin protection, sessions, and per-route authentication.
func (d *Desk) Handler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range d.routes() {
		mux.Handle(rt.pattern, d.guard(rt))
	}
	cop := http.NewCrossOriginProtection()
	return securityHeaders(cop.Handler(d.sessions.LoadAndSave(mux)))
}

func staticFiles() http.Handler {
	sub, _ := fs.Sub(staticFS, "static") // cannot fail: the directory is embedded
	return http.StripPrefix("/static/", http.FileServerFS(sub))
}

// statusApprover is the approval used until publishing provides its own.
type statusApprover struct{ st *store.Store }

func (a statusApprover) Approve(ctx context.Context, id int64, actor string) error {
	approved := store.TabApproved
	_, err := a.st.Apply(ctx, id, store.Transition{Actor: actor, Action: "approve",
		From: []string{store.TabNew, store.TabInReview}, Status: &approved, ClaimedBy: new("")})
	return err
}
