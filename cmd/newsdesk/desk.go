package main

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"

	"newsdesk/desk"
	"newsdesk/process"
	"newsdesk/process/tag"
	"newsdesk/publish"
	"newsdesk/store"
)

// openDesk builds the editors' web app that `serve` and `run` mount on
// their HTTP server.
// Approving goes through publishing, whose feeds, published API and
// webhook admin the desk serves behind its authentication.
func openDesk(e env, st *store.Store) (*desk.Desk, error) {
	secure, _ := strconv.ParseBool(e.getenv("NEWSDESK_SECURE_COOKIES"))
	var routes []desk.Route
	for _, r := range publish.NewAPI(st, e.log).Routes() {
		// Chiefs read the webhook admin; only admins change it.
		routes = append(routes, desk.Route{Pattern: r.Pattern, Chief: r.Admin,
			Admin: r.Admin && strings.HasPrefix(r.Pattern, "POST "), Handler: r.Handler})
	}
	vocab, err := tag.LoadVocabulary()
	if err != nil {
		return nil, err
	}
	return desk.New(desk.Options{Store: st, Log: e.log, SecureCookies: secure,
		Approver: publish.NewService(st, "", e.log), Routes: routes, SuggestTopics: topicSuggester(vocab),
		NarrowerTopics: vocab.Narrower,
		AddWebhook: func(ctx context.Context, name, url string) (string, error) {
			return publish.AddWebhook(ctx, st, name, url)
		},
		RetryFailed: func(ctx context.Context, id int64) error {
			_, err := process.RetryFailed(ctx, st, []int64{id}, nil)
			return err
		}})
}

// topicSuggester answers the desk's tag autocomplete from the IPTC
// vocabulary, with English labels (the desk's language).
func topicSuggester(v *tag.Vocabulary) func(q string, limit int) []desk.TagSuggestion {
	return func(q string, limit int) []desk.TagSuggestion {
		var out []desk.TagSuggestion
		for _, c := range v.Search(q, limit) {
			out = append(out, desk.TagSuggestion{Value: tag.QCode(c.Code), Label: c.Label("en")})
		}
		return out
	}
}

// metricsAuth guards /metrics on a process that serves the desk: the
// bearer token in NEWSDESK_METRICS_TOKEN, or any admin API token once the
// desk is up (dk holds it then).
func metricsAuth(envToken string, dk *atomic.Pointer[desk.Desk]) func(*http.Request) bool {
	return func(r *http.Request) bool {
		tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || strings.TrimSpace(tok) == "" {
			return false
		}
		if envToken != "" && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(envToken)) == 1 {
			return true
		}
		d := dk.Load()
		return d != nil && d.AdminToken(r)
	}
}

// demoEditor creates (or resets) the demo account with a fresh random
// password and prints how to log in, so a newcomer can open the desk at once.
func demoEditor(ctx context.Context, e env, st *store.Store, addr string) error {
	const name = "demo"
	pw := randomString(12)
	hash, err := desk.HashPassword(pw)
	if err != nil {
		return err
	}
	if _, err := st.AddUser(ctx, name, store.RoleChief, hash); errors.Is(err, store.ErrExists) {
		err = st.SetPassword(ctx, name, hash)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "\nThe desk: http://%s/\n  user:     %s\n  password: %s\n\n", addr, name, pw)
	return nil
}
