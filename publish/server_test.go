package publish

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestProbes(t *testing.T) {
	down := errors.New("down")
	var dbErr error
	s := &Server{Log: slog.New(slog.DiscardHandler), Ready: map[string]Check{
		"database": func(context.Context) error { return dbErr },
		"queue":    func(context.Context) error { return nil },
	}}
	check := func(path string, wantCode int, wantBody string) {
		t.Helper()
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		body, _ := io.ReadAll(rec.Body)
		if rec.Code != wantCode || !strings.Contains(string(body), wantBody) {
			t.Errorf("GET %s: %d %q, want %d containing %q", path, rec.Code, body, wantCode, wantBody)
		}
	}
	check("/healthz", 200, "ok")
	check("/readyz", 200, "database: ok\nqueue: ok\n")
	dbErr = down
	check("/readyz", 503, "database: not ready\nqueue: ok\n")
	check("/healthz", 200, "ok") // liveness does not depend on the database
	check("/nothing", 404, "")
}

func TestMetricsAuth(t *testing.T) {
	metrics := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("up 1\n")) })
	get := func(s *Server, auth string) int {
		t.Helper()
		req := httptest.NewRequest(http.MethodGet, "/metrics", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		return rec.Code
	}
	open := &Server{Log: slog.New(slog.DiscardHandler), Metrics: metrics}
	if c := get(open, ""); c != http.StatusOK {
		t.Errorf("without MetricsAuth: %d, want 200", c)
	}
	guarded := &Server{Log: slog.New(slog.DiscardHandler), Metrics: metrics, Desk: true,
		MetricsAuth: func(r *http.Request) bool { return r.Header.Get("Authorization") == "Bearer good" }}
	for auth, want := range map[string]int{"": 401, "Bearer bad": 401, "Bearer good": 200} {
		if c := get(guarded, auth); c != want {
			t.Errorf("MetricsAuth, Authorization %q: %d, want %d", auth, c, want)
		}
	}
}
