package main

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"newsdesk/desk"
	"newsdesk/process/tag"
	"newsdesk/store"
	"newsdesk/svctest"
)

// TestMetricsNeedAToken: on a process serving the desk, /metrics answers
// the NEWSDESK_METRICS_TOKEN and admin API tokens only.
func TestMetricsNeedAToken(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": svctest.Postgres(t)}
	if code, _, errOut := runCLI(t, vars, "migrate"); code != 0 {
		t.Fatal(errOut)
	}
	token := func(name, role string) string {
		t.Helper()
		code, out, errOut := runCLI(t, vars, "token", "add", name, "--role", role)
		if code != 0 {
			t.Fatalf("token add: %s", errOut)
		}
		return strings.TrimSpace(out)
	}
	admin, editor := token("prom", "admin"), token("reader", "editor")
	st, err := store.Open(context.Background(), vars["DATABASE_URL"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	e := env{getenv: func(string) string { return "" }, log: slog.New(slog.DiscardHandler)}
	var ref atomic.Pointer[desk.Desk]
	allow := metricsAuth("env-secret-token", &ref)
	check := func(auth string, want bool) {
		t.Helper()
		r := httptest.NewRequest(http.MethodGet, "/metrics", nil)
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		if got := allow(r); got != want {
			t.Errorf("Authorization %q: allowed %v, want %v", auth, got, want)
		}
	}
	check("Bearer env-secret-token", true)
	check("Bearer "+admin, false) // the desk is not up yet: only the environment's token works
	dk, err := openDesk(e, st)
	if err != nil {
		t.Fatal(err)
	}
	ref.Store(dk)
	check("Bearer "+admin, true)
	check("Bearer "+editor, false)
	check("Bearer nd_not_a_token", false)
	check("Bearer ", false)
	check("env-secret-token", false)
	check("", false)
	// Without the environment variable, an empty token must not match it.
	if metricsAuth("", &ref)(httptest.NewRequest(http.MethodGet, "/metrics", nil)) {
		t.Error("no token and no NEWSDESK_METRICS_TOKEN allowed")
	}
}

func TestTopicSuggesterGivesQCodesAndEnglishLabels(t *testing.T) {
	v, err := tag.LoadVocabulary()
	if err != nil {
		t.Fatal(err)
	}
	got := topicSuggester(v)("economy", 5)
	if len(got) == 0 || len(got) > 5 {
		t.Fatalf("%d suggestions", len(got))
	}
	for _, s := range got {
		if !strings.HasPrefix(s.Value, "medtop:") || s.Label == "" {
			t.Errorf("suggestion %+v", s)
		}
	}
	if !strings.Contains(strings.ToLower(got[0].Label), "econom") {
		t.Errorf("first suggestion for economy: %+v", got[0])
	}
}
