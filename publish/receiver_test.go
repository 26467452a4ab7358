package publish

import (
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

// receiver is a partner's webhook endpoint: it verifies every signature
// and remembers what it got.
type receiver struct {
	srv     *httptest.Server
	secret  string
	fail    bool          // answer 500
	delay   time.Duration // before answering
	arrived chan string   // if set, told each verified request's id (never blocks)

	mu     sync.Mutex
	bodies map[string][]string  // webhook-id → bodies, one per send
	first  map[string]time.Time // webhook-id → first arrival
	bad    int                  // requests whose signature did not verify
}

// wallNow is the wall clock without Go's monotonic reading. An embargo is
// a wall-clock instant (PostgreSQL's now() decides that it has lifted), so
// lateness and earliness are measured on the wall clock too: on a freshly
// booted machine whose clock is still being slewed (chrony slews by up to
// 8%), monotonic differences disagree with wall-clock ones by tens of
// milliseconds over a few seconds.
func wallNow() time.Time { return time.Now().Round(0) }

func newReceiver(t testing.TB) *receiver {
	r := &receiver{bodies: map[string][]string{}, first: map[string]time.Time{}}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

func (r *receiver) serve(w http.ResponseWriter, req *http.Request) {
	body, err := io.ReadAll(req.Body)
	if err != nil {
		return
	}
	now := wallNow()
	r.mu.Lock()
	wh, err := standardwebhooks.NewWebhook(r.secret)
	if err != nil || wh.Verify(body, req.Header) != nil {
		r.bad++
		r.mu.Unlock()
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	id := req.Header.Get("webhook-id")
	r.bodies[id] = append(r.bodies[id], string(body))
	if _, ok := r.first[id]; !ok {
		r.first[id] = now
	}
	fail, delay := r.fail, r.delay
	r.mu.Unlock()
	if r.arrived != nil {
		select {
		case r.arrived <- id:
		default:
		}
	}
	time.Sleep(delay)
	if fail {
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// snapshot copies what was received.
func (r *receiver) snapshot() (bodies map[string][]string, first map[string]time.Time, bad int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	bodies, first = map[string][]string{}, map[string]time.Time{}
	for k, v := range r.bodies {
		bodies[k] = append([]string(nil), v...)
	}
	for k, v := range r.first {
		first[k] = v
	}
	return bodies, first, r.bad
}
