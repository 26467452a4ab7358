package desk

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"newsdesk/deploy/demo"
	"newsdesk/process"
	"newsdesk/store"
	"newsdesk/svctest"
)

// fixture is a desk on a throwaway database behind a real HTTP server,
// with its live updates running.
type fixture struct {
	t    testing.TB
	st   *store.Store
	d    *Desk
	srv  *httptest.Server
	n    int    // emails delivered so far, for unique source keys
	stop func() // ends the desk's Run, as shutdown does
	// tag, when set, tags each new draft as the worker's tagging does.
	tag func(ctx context.Context, q store.Querier) (store.Tagged, error)
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	return newFixtureAt(t, svctest.Postgres(t))
}

func newFixtureAt(t testing.TB, dbURL string) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(st.Close)
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	d, err := New(Options{Store: st, Log: slog.New(slog.DiscardHandler), SuggestTopics: fixtureTopics,
		RetryFailed: func(ctx context.Context, id int64) error {
			_, err := process.RetryFailed(ctx, st, []int64{id}, nil)
			return err
		}})
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { d.Run(runCtx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	select {
	case <-d.hub.ready:
	case <-time.After(10 * time.Second):
		t.Fatal("live updates never started listening")
	}
	srv := httptest.NewServer(d.Handler())
	t.Cleanup(srv.Close)
	return &fixture{t: t, st: st, d: d, srv: srv, stop: cancel}
}

// deliver runs raw through the real normaliser into the database, as a
// worker would, and returns the draft's id (0 when none was made).
func (f *fixture) deliver(raw []byte) int64 {
	f.t.Helper()
	f.n++
	m := process.Evaluate(fmt.Sprintf("test:1:%d", f.n), raw)
	m.Tag = f.tag
	if _, err := f.st.SaveMessage(context.Background(), m); err != nil {
		f.t.Fatal(err)
	}
	items, err := f.st.Queue(context.Background(), store.QueueFilter{Limit: 1})
	if err != nil || len(items) == 0 || m.Status != store.Drafted {
		return 0
	}
	return items[0].ID
}

func (f *fixture) seedDemo() []int64 {
	f.t.Helper()
	msgs, err := demo.Messages()
	if err != nil {
		f.t.Fatal(err)
	}
	var ids []int64
	for _, m := range msgs {
		ids = append(ids, f.deliver(m))
	}
	return ids
}

func (f *fixture) addUser(name, role string) string {
	f.t.Helper()
	pw := "pw-" + name + "-0123456789"
	h, err := HashPassword(pw)
	if err != nil {
		f.t.Fatal(err)
	}
	if _, err := f.st.AddUser(context.Background(), name, role, h); err != nil {
		f.t.Fatal(err)
	}
	return pw
}

func (f *fixture) addToken(name, role string) string {
	f.t.Helper()
	tok := "nd_test_" + name
	sum := sha256.Sum256([]byte(tok))
	if err := f.st.AddToken(context.Background(), name, role, sum[:]); err != nil {
		f.t.Fatal(err)
	}
	return tok
}

// browser is an HTTP client with a cookie jar that does not follow
// redirects, so tests see the 303s.
func (f *fixture) browser() *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

func (f *fixture) login(name, pw string) *http.Client {
	f.t.Helper()
	c := f.browser()
	res := f.postForm(c, "/login", url.Values{"username": {name}, "password": {pw}})
	if res.StatusCode != http.StatusSeeOther {
		f.t.Fatalf("login %s: %s", name, res.Status)
	}
	return c
}

func (f *fixture) postForm(c *http.Client, path string, v url.Values) *http.Response {
	f.t.Helper()
	res, err := c.PostForm(f.srv.URL+path, v)
	if err != nil {
		f.t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// do sends a request and returns the response with its body read.
func (f *fixture) do(c *http.Client, method, path, token, body string) (*http.Response, string) {
	f.t.Helper()
	req, _ := http.NewRequest(method, f.srv.URL+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	res, err := c.Do(req)
	if err != nil {
		f.t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	return res, string(b)
}

func itoa(id int64) string { return fmt.Sprint(id) }
