package desk

import (
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// samplePath fills a route pattern's wildcards so the route can be called.
func samplePath(pattern string) (method, path string) {
	method, path, _ = strings.Cut(pattern, " ")
	path = strings.ReplaceAll(path, "{$}", "")
	path = regexp.MustCompile(`\{[a-z]+\}`).ReplaceAllStringFunc(path, func(string) string { return "1" })
	return method, path
}

func TestEveryRouteNeedsAuth(t *testing.T) {
	f := newFixture(t)
	f.seedDemo()
	f.addUser("disabled", "editor")
	if err := f.st.DisableUser(t.Context(), "disabled"); err != nil {
		t.Fatal(err)
	}
	routes := f.d.routes()
	publicOnes := []string{"GET /login", "POST /login", "GET /static/"}
	for _, rt := range routes {
		if rt.access == public {
			if !slices.Contains(publicOnes, rt.pattern) {
				t.Errorf("%s is public; only the login form and static files may be", rt.pattern)
			}
			continue
		}
		method, path := samplePath(rt.pattern)
		for name, c := range map[string]*http.Client{"anonymous": f.browser(), "bad token": f.browser()} {
			token := ""
			if name == "bad token" {
				token = "nd_not_a_token"
			}
			res, _ := f.do(c, method, path, token, "")
			if res.StatusCode != http.StatusUnauthorized && res.StatusCode != http.StatusSeeOther {
				t.Errorf("%s %s (%s): %s, want 401 or 303", method, path, name, res.Status)
			}
			if res.StatusCode == http.StatusSeeOther && !strings.HasPrefix(res.Header.Get("Location"), "/login") {
				t.Errorf("%s %s: redirects to %q", method, path, res.Header.Get("Location"))
			}
		}
	}
	// A disabled account cannot log in.
	res := f.postForm(f.browser(), "/login", url.Values{"username": {"disabled"}, "password": {"pw-disabled-0123456789"}})
	if res.StatusCode != http.StatusUnauthorized {
		t.Errorf("disabled account logs in: %s", res.Status)
	}
	// With a session, the same routes answer (not 401/303).
	c := f.login("ed", f.addUser("ed", "editor"))
	res, _ = f.do(c, "GET", "/", "", "")
	if res.StatusCode != http.StatusOK {
		t.Errorf("queue with a session: %s", res.Status)
	}
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options"} {
		if res.Header.Get(h) == "" {
			t.Errorf("queue page lacks %s", h)
		}
	}
	if csp := res.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP %q", csp)
	}
}

func TestLoginCookieAndRateLimit(t *testing.T) {
	f := newFixture(t)
	pw := f.addUser("ana", "editor")
	c := f.browser()
	res, err := c.PostForm(f.srv.URL+"/login", url.Values{"username": {"ana"}, "password": {pw}, "next": {"//evil.example/"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if loc := res.Header.Get("Location"); loc != "/" {
		t.Errorf("login redirects to %q, want / (never off-site)", loc)
	}
	cookie := res.Header.Get("Set-Cookie")
	for _, want := range []string{"HttpOnly", "SameSite=Lax", "newsdesk_session="} {
		if !strings.Contains(cookie, want) {
			t.Errorf("session cookie %q lacks %s", cookie, want)
		}
	}
	for i := range maxUserFailure {
		if res := f.postForm(f.browser(), "/login", url.Values{"username": {"ana"}, "password": {"wrong"}}); res.StatusCode != http.StatusUnauthorized {
			t.Fatalf("failure %d: %s", i, res.Status)
		}
	}
	if res := f.postForm(f.browser(), "/login", url.Values{"username": {"ana"}, "password": {pw}}); res.StatusCode != http.StatusTooManyRequests {
		t.Errorf("right password after %d failures: %s, want 429", maxUserFailure, res.Status)
	}
	// Another account from the same address is still let in.
	f.login("ben", f.addUser("ben", "editor"))
	// Logging out ends the session.
	f.postForm(c, "/logout", nil)
	if res, _ := f.do(c, "GET", "/", "", ""); res.StatusCode != http.StatusSeeOther {
		t.Errorf("queue after logout: %s", res.Status)
	}
}

func TestCrossOriginPostRefused(t *testing.T) {
	f := newFixture(t)
	ids := f.seedDemo()
	c := f.login("ed", f.addUser("ed", "editor"))
	req, _ := http.NewRequest("POST", f.srv.URL+"/drafts/"+itoa(ids[0])+"/claim", nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	res, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site POST: %s, want 403", res.Status)
	}
}

func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	raw, err := os.ReadFile("openapi.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for m := range ops {
			if m != "parameters" {
				documented[strings.ToUpper(m)+" "+path] = true
			}
		}
	}
	served := map[string]bool{}
	for _, rt := range (&Desk{}).routes() {
		if rt.api {
			served[rt.pattern] = true
			if !documented[rt.pattern] {
				t.Errorf("route %s is not in openapi.json", rt.pattern)
			}
		} else if strings.Contains(rt.pattern, "/api/") {
			t.Errorf("route %s is under /api/ but not marked api", rt.pattern)
		}
	}
	for op := range documented {
		if !served[op] {
			t.Errorf("openapi.json documents %s, which no route serves", op)
		}
	}
}
