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
