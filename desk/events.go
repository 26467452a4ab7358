package desk

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"newsdesk/store"
)

// hub fans PostgreSQL notifications out to the browsers connected to this
// replica. Every replica listens, so a change made anywhere reaches all.
type hub struct {
	mu     sync.Mutex
	subs   map[chan string]struct{}
	closed bool          // run ended: streams end too, so server shutdown is not held up
	ready  chan struct{} // closed once the first LISTEN is in place
	once   sync.Once
}

func newHub() *hub { return &hub{subs: map[chan string]struct{}{}, ready: make(chan struct{})} }

func (h *hub) subscribe() (chan string, func()) {
	ch := make(chan string, 64)
	h.mu.Lock()
	if h.closed {
		close(ch)
	} else {
		h.subs[ch] = struct{}{}
	}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		delete(h.subs, ch)
		h.mu.Unlock()
	}
}

// publish never blocks: a browser too slow to keep up misses events and
// catches up on its next reload of the queue.
func (h *hub) publish(payload string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- payload:
		default:
		}
	}
}

// shut ends every stream.
func (h *hub) shut() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for ch := range h.subs {
		close(ch)
		delete(h.subs, ch)
	}
}

// run listens until ctx ends, reconnecting with backoff after errors.
func (h *hub) run(ctx context.Context, st *store.Store, log *slog.Logger) error {
	defer h.shut()
	backoff := time.Second
	for {
		err := st.Listen(ctx, store.DraftsChannel, func() { h.once.Do(func() { close(h.ready) }) }, h.publish)
		if ctx.Err() != nil {
			return nil
		}
		log.Warn("desk: live updates interrupted, reconnecting", "err", err, "in", backoff)
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(backoff):
		}
		backoff = min(backoff*2, 30*time.Second)
	}
}

// events streams draft changes to the browser as Server-Sent Events.
func (d *Desk) events(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	ch, unsubscribe := d.hub.subscribe()
	defer unsubscribe()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	fmt.Fprint(w, "retry: 3000\n\n")
	if err := rc.Flush(); err != nil {
		return
	}
	tick := time.NewTicker(25 * time.Second) // keeps proxies from closing an idle stream
	defer tick.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case p, ok := <-ch:
			if !ok {
				return
			}
			fmt.Fprintf(w, "event: draft\ndata: %s\n\n", p)
		case <-tick.C:
			fmt.Fprint(w, ": ping\n\n")
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}
