package ingest

import (
	"bytes"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// blackhole is a TCP proxy whose connections can be made to go silent
// without closing, as a dead NAT entry or firewall makes them.
type blackhole struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	frozen []*atomic.Bool
	done   chan struct{}
	// trap, when set, freezes the first connection whose client sends it,
	// swallowing it: the link dies in the middle of an exchange.
	trap atomic.Pointer[[]byte]
}

func newBlackhole(t *testing.T, target string) *blackhole {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	h := &blackhole{ln: ln, target: target, done: make(chan struct{})}
	t.Cleanup(func() { close(h.done); ln.Close() })
	go h.serve()
	return h
}

func (h *blackhole) serve() {
	for {
		a, err := h.ln.Accept()
		if err != nil {
			return
		}
		b, err := net.Dial("tcp", h.target)
		if err != nil {
			a.Close()
			continue
		}
		frozen := new(atomic.Bool)
		h.mu.Lock()
		h.frozen = append(h.frozen, frozen)
		h.mu.Unlock()
		go h.pipe(a, b, frozen, true)
		go h.pipe(b, a, frozen, false)
	}
}

func (h *blackhole) pipe(src, dst net.Conn, frozen *atomic.Bool, fromClient bool) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		if t := h.trap.Load(); fromClient && t != nil && bytes.Contains(buf[:n], *t) && h.trap.CompareAndSwap(t, nil) {
			frozen.Store(true)
		}
		if frozen.Load() {
			<-h.done // swallow everything, close nothing
			return
		}
		if n > 0 {
			dst.Write(buf[:n])
		}
		if err != nil {
			if err != io.EOF {
				src.Close()
			}
			dst.Close()
			return
		}
	}
}

// freeze silences every connection open now; new ones work.
func (h *blackhole) freeze() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, f := range h.frozen {
		f.Store(true)
	}
}

// freezeOn arms the trap: the next connection whose client sends cmd goes
// silent at that moment, cmd included.
func (h *blackhole) freezeOn(cmd string) {
	b := []byte(cmd)
	h.trap.Store(&b)
}

func (h *blackhole) sprung() bool { return h.trap.Load() == nil }

func TestSilentlyDroppedConnection(t *testing.T) {
	r := newRig(t)
	hole := newBlackhole(t, r.dove.Addr)
	mb := r.mailbox("desk", "INBOX")
	mb.Addr = hole.ln.Addr().String()
	p := r.poller(mb)
	p.IdleRecheck, p.StallTimeout = 500*time.Millisecond, time.Second
	r.run(p)
	r.waitState(mb.Name, "idle")
	r.dove.Deliver(t, "desk", "INBOX", release("before-drop", 0))
	r.waitMessages(1, 20*time.Second)

	hole.freeze() // the link dies without a FIN: no EOF, no error, nothing
	r.dove.Deliver(t, "desk", "INBOX", release("after-drop", 0))
	r.waitMessages(2, 30*time.Second)
	if s := r.status(mb.Name); !strings.Contains(s.LastError, "did not answer") {
		t.Errorf("last error %q: want the watchdog named", s.LastError)
	}
}

// The link dies in the middle of an exchange: while the poller logs in,
// selects the folder, or waits for the server to acknowledge IDLE. The
// watchdog used to be paused before that last wait, so the poller hung on
// the dead link for good (with IdleRecheck short every recheck opens the
// window, and TestSilentlyDroppedConnection fell into it under load); a
// stall in login or SELECT was recorded as a bare "unexpected EOF".
func TestDroppedMidExchange(t *testing.T) {
	for _, cmd := range []string{" AUTHENTICATE ", " SELECT ", " IDLE\r\n"} {
		t.Run(strings.TrimSpace(cmd), func(t *testing.T) {
			r := newRig(t)
			hole := newBlackhole(t, r.dove.Addr)
			hole.freezeOn(cmd)
			mb := r.mailbox("desk", "INBOX")
			mb.Addr = hole.ln.Addr().String()
			p := r.poller(mb)
			p.IdleRecheck, p.StallTimeout = 500*time.Millisecond, time.Second
			r.run(p)
			r.waitFor("the command to be swallowed", 30*time.Second, hole.sprung)

			r.dove.Deliver(t, "desk", "INBOX", release("after-drop", 0))
			r.waitMessages(1, 30*time.Second)
			if s := r.status(mb.Name); !strings.Contains(s.LastError, "did not answer") {
				t.Errorf("last error %q: want the watchdog named", s.LastError)
			}
		})
	}
}
