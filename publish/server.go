// Package publish is the editors' side of newsdesk: the HTTP server over
// the stored drafts. For now it answers health and readiness probes and
// serves Prometheus metrics.
package publish

import (
	"context"
	"errors"
	"log/slog"
	"maps"
	"net"
	"net/http"
	"slices"
	"sync/atomic"
	"time"
)

// Check reports whether a dependency is usable; nil means ready.
type Check func(context.Context) error

// Server is the HTTP side of a newsdesk process.
type Server struct {
	Addr    string
	Ready   map[string]Check // dependencies /readyz checks, by name
	Metrics http.Handler     // serves /metrics
	Log     *slog.Logger
	Desk    bool // this process serves the editors' desk (mounted by SetApp)
	// MetricsAuth, when set, decides who may read /metrics: a process
	// serving the desk is public-facing, so it asks for a token there.
	// Poll and work leave it nil on their own ops port.
	MetricsAuth func(*http.Request) bool

	// app is the editors' desk, every other path. It is set once the
	// database answers, after the probes are already served.
	app atomic.Pointer[http.Handler]
}

// SetApp mounts the editors' desk; until then its paths answer 503.
func (s *Server) SetApp(h http.Handler) { s.app.Store(&h) }

func (s *Server) serveApp(w http.ResponseWriter, r *http.Request) {
	h := s.app.Load()
	if h == nil {
		w.Header().Set("Retry-After", "2")
		http.Error(w, "starting: waiting for the database", http.StatusServiceUnavailable)
		return
	}
	(*h).ServeHTTP(w, r)
}

// Handler returns the routes.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", s.readyz)
	if s.Metrics != nil {
		mux.Handle("GET /metrics", s.guardMetrics(s.Metrics))
	}
	if s.Desk {
		mux.HandleFunc("/", s.serveApp)
	}
	return mux
}

func (s *Server) guardMetrics(h http.Handler) http.Handler {
	if s.MetricsAuth == nil {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.MetricsAuth(r) {
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsdesk metrics"`)
			http.Error(w, "metrics need a bearer token", http.StatusUnauthorized)
			return
		}
		h.ServeHTTP(w, r)
	})
}

func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	status, body := http.StatusOK, ""
	for _, name := range slices.Sorted(maps.Keys(s.Ready)) {
		if err := s.Ready[name](ctx); err != nil {
			s.Log.Warn("publish: not ready", "check", name, "err", err)
			status = http.StatusServiceUnavailable
			body += name + ": not ready\n"
		} else {
			body += name + ": ok\n"
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(status)
	w.Write([]byte(body))
}

// Listen binds the address, so a port conflict is reported at start.
func (s *Server) Listen() (net.Listener, error) {
	return net.Listen("tcp", s.Addr)
}

// Serve answers requests on ln until ctx is cancelled, then gives requests
// in progress a few seconds to finish.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		done <- srv.Shutdown(sctx)
	}()
	s.Log.Info("publish: listening", "addr", ln.Addr().String())
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return <-done
}
