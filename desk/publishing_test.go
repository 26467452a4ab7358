package desk

import (
	"context"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"newsdesk/publish"
	"newsdesk/store"
)

// newPubFixture is the fixture's database behind a desk wired to
// publishing as cmd/newsdesk wires it: publish.Service approves, and the
// published API, feeds and webhook admin are served behind the desk.
func newPubFixture(t *testing.T) (*fixture, *publish.Service) {
	t.Helper()
	f := newFixture(t)
	log := slog.New(slog.DiscardHandler)
	svc := publish.NewService(f.st, "", log)
	var routes []Route
	for _, r := range publish.NewAPI(f.st, log).Routes() {
		routes = append(routes, Route{Pattern: r.Pattern, Chief: r.Admin,
			Admin: r.Admin && strings.HasPrefix(r.Pattern, "POST "), Handler: r.Handler})
	}
	d, err := New(Options{Store: f.st, Log: log, Approver: svc, Routes: routes,
		AddWebhook: func(ctx context.Context, name, u string) (string, error) {
			return publish.AddWebhook(ctx, f.st, name, u)
		}})
	if err != nil {
		t.Fatal(err)
	}
	f.d, f.srv = d, httptest.NewServer(d.Handler())
	t.Cleanup(f.srv.Close)
	return f, svc
}

// receiver is a partner's webhook endpoint that accepts only requests
// signed with its secret, which it learns once the desk shows it.
type receiver struct {
	srv     *httptest.Server
	mu      sync.Mutex
	secret  string
	bodies  map[string]string // by webhook-id
	first   map[string]time.Time
	bad     int
	arrived chan string
}

func newReceiver(t *testing.T) *receiver {
	r := &receiver{bodies: map[string]string{}, first: map[string]time.Time{}, arrived: make(chan string, 100)}
	r.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		body, _ := io.ReadAll(req.Body)
		r.mu.Lock()
		defer r.mu.Unlock()
		wh, err := standardwebhooks.NewWebhook(r.secret)
		if err != nil || wh.Verify(body, req.Header) != nil {
			r.bad++
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		id := req.Header.Get("webhook-id")
		if _, ok := r.first[id]; !ok {
			r.first[id] = time.Now().Round(0) // wall clock, as the lift is: see publish's wallNow
			r.arrived <- id
		}
		r.bodies[id] = string(body)
	}))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) setSecret(s string) {
	r.mu.Lock()
	r.secret = s
	r.mu.Unlock()
}

// await returns the next new webhook-id the receiver verified.
func (r *receiver) await(t *testing.T) string {
	t.Helper()
	select {
	case id := <-r.arrived:
		return id
	case <-time.After(20 * time.Second):
		t.Fatal("no signed webhook arrived in 20 s")
		return ""
	}
}

// runOutputs runs publishing's scheduler and dispatcher (without NATS)
// until the test ends.
func runOutputs(t *testing.T, st *store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := publish.RunOutputs(ctx, st, nil, "", slog.New(slog.DiscardHandler)); err != nil && ctx.Err() == nil {
			t.Errorf("outputs: %v", err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
}

var secretRE = regexp.MustCompile(`whsec_[A-Za-z0-9+/=]{44}`)

// addWebhookAsAdmin adds an endpoint through the desk's form and returns
// its secret, read from the one page that shows it.
func addWebhookAsAdmin(t *testing.T, f *fixture, admin *http.Client, name, u string) string {
	t.Helper()
	res, err := admin.PostForm(f.srv.URL+"/publishing/webhooks", url.Values{"name": {name}, "url": {u}})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	// html/template writes a + of the base64 as &#43;.
	secret := secretRE.FindString(html.UnescapeString(string(b)))
	if res.StatusCode != http.StatusCreated || secret == "" {
		t.Fatalf("add webhook: %s, secret %q\n%s", res.Status, secret, b)
	}
	return secret
}

func TestPublishingPagesAccessSecretAndDeliveryLog(t *testing.T) {
	f, _ := newPubFixture(t)
	rcv := newReceiver(t)
	admin := f.login("ada", f.addUser("ada", store.RoleAdmin))
	chiefC := f.login("cy", f.addUser("cy", store.RoleChief))
	ed := f.login("ed", f.addUser("ed", store.RoleEditor))

	if res, _ := f.do(ed, "GET", "/publishing/", "", ""); res.StatusCode != http.StatusForbidden {
		t.Errorf("editor sees the publishing page: %s", res.Status)
	}
	if res, body := f.do(chiefC, "GET", "/publishing/", "", ""); res.StatusCode != http.StatusOK || strings.Contains(body, "Add endpoint") {
		t.Errorf("chief: %s, add form shown: %v", res.Status, strings.Contains(body, "Add endpoint"))
	}
	if _, body := f.do(ed, "GET", "/", "", ""); strings.Contains(body, `href="/publishing/"`) {
		t.Error("the editor's nav links to publishing")
	}
	if _, body := f.do(chiefC, "GET", "/", "", ""); !strings.Contains(body, `href="/publishing/"`) {
		t.Error("the chief's nav has no link to publishing")
	}
	for _, path := range []string{"/publishing/webhooks", "/publishing/webhooks/enable"} {
		if res := f.postForm(chiefC, path, url.Values{"name": {"wire"}, "url": {rcv.srv.URL}}); res.StatusCode != http.StatusForbidden {
			t.Errorf("chief POST %s: %s", path, res.Status)
		}
	}

	// The JSON webhook admin: chiefs read it, only admins add.
	chiefTok, adminTok := f.addToken("chief-tool", store.RoleChief), f.addToken("admin-tool", store.RoleAdmin)
	if res, _ := f.do(http.DefaultClient, "POST", "/api/v1/webhooks", chiefTok, `{"name":"c","url":"https://c.example/"}`); res.StatusCode != http.StatusForbidden {
		t.Errorf("chief POST /api/v1/webhooks: %s", res.Status)
	}
	if res, _ := f.do(http.DefaultClient, "POST", "/api/v1/webhooks", adminTok, `{"name":"a","url":"http://127.0.0.1:1/"}`); res.StatusCode != http.StatusCreated {
		t.Errorf("admin POST /api/v1/webhooks: %s", res.Status)
	}
	if res, body := f.do(http.DefaultClient, "GET", "/api/v1/webhooks", chiefTok, ""); res.StatusCode != http.StatusOK || !strings.Contains(body, `"a"`) {
		t.Errorf("chief GET /api/v1/webhooks: %s %s", res.Status, body)
	}

	secret := addWebhookAsAdmin(t, f, admin, "wire", rcv.srv.URL)
	rcv.setSecret(secret)
	_, list := f.do(admin, "GET", "/publishing/", "", "")
	list = html.UnescapeString(list)
	if !strings.Contains(list, rcv.srv.URL) || strings.Contains(list, secret) || secretRE.MatchString(list) {
		t.Errorf("after adding, the list must show the endpoint and no secret:\n%s", list)
	}
	if res := f.postForm(admin, "/publishing/webhooks", url.Values{"name": {"wire"}, "url": {rcv.srv.URL}}); res.StatusCode != http.StatusConflict {
		t.Errorf("same name again: %s", res.Status)
	}
	if res := f.postForm(admin, "/publishing/webhooks", url.Values{"name": {"x"}, "url": {"ftp://nope"}}); res.StatusCode != http.StatusBadRequest {
		t.Errorf("ftp URL: %s", res.Status)
	}
	if res := f.postForm(admin, "/publishing/webhooks/enable", url.Values{"name": {"wire"}}); res.StatusCode != http.StatusSeeOther {
		t.Errorf("admin enables wire: %s", res.Status)
	}
	if res := f.postForm(admin, "/publishing/webhooks/enable", url.Values{"name": {"nobody"}}); res.StatusCode != http.StatusNotFound {
		t.Errorf("enable of an unknown endpoint: %s", res.Status)
	}
	eps, err := f.st.Endpoints(context.Background())
	if err != nil || len(eps) != 2 || eps[1].Name != "wire" {
		t.Fatalf("endpoints %v %v", eps, err)
	}
	logPath := "/publishing/webhooks/" + itoa(eps[1].ID) + "/"
	if res, _ := f.do(ed, "GET", logPath, "", ""); res.StatusCode != http.StatusForbidden {
		t.Errorf("editor reads the delivery log: %s", res.Status)
	}

	id := f.seedDemo()[0]
	tok := f.addToken("ed-tool", store.RoleEditor)
	if res, body := f.do(http.DefaultClient, "POST", "/api/v1/drafts/"+itoa(id)+"/approve", tok, ""); res.StatusCode != http.StatusOK {
		t.Fatalf("approve: %s %s", res.Status, body)
	}
	// Before the dispatcher runs, the delivery waits with its next attempt.
	if _, page := f.do(chiefC, "GET", logPath, "", ""); strings.Contains(page, "Nothing waiting.") || !strings.Contains(page, "No attempts yet.") {
		t.Errorf("pending delivery not shown:\n%s", page)
	}
	runOutputs(t, f.st)
	event := rcv.await(t)
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, page := f.do(chiefC, "GET", logPath, "", "")
		if strings.Contains(page, event) && strings.Contains(page, "<td>200</td>") && strings.Contains(page, "Nothing waiting.") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("delivery %s not in the log as delivered:\n%s", event, page)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
