package main

import (
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"newsdesk/svctest"
)

// proxy forwards connections accepted on ln to network/addr until the
// test ends: a service that "comes up" on a port the role already dials.
func proxy(t *testing.T, ln net.Listener, network, addr string) {
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				s, err := net.Dial(network, addr)
				if err != nil {
					return
				}
				defer s.Close()
				go io.Copy(s, c)
				io.Copy(c, s)
			}()
		}
	}()
}

func httpStatus(addr, path string) int {
	resp, err := http.Get("http://" + addr + path)
	if err != nil {
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

// startWork starts `newsdesk work` on a database URL (without options)
// and a NATS address; exited receives its end.
func startWork(t *testing.T, db, natsAddr, httpAddr string) (*exec.Cmd, *syncBuffer, chan error) {
	t.Helper()
	log := &syncBuffer{}
	cmd := exec.Command(binary, "work")
	cmd.Env = append(os.Environ(),
		"DATABASE_URL="+db+"?sslmode=disable&connect_timeout=2",
		"NATS_URL=nats://"+natsAddr,
		"NEWSDESK_QUEUE="+svctest.Unique("work"),
		"NEWSDESK_HTTP_ADDR="+httpAddr)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, log, exited
}

// Before the fix `newsdesk work` exited at once when PostgreSQL or NATS
// did not answer at start.
func TestRoleWaitsForPostgresAndNATS(t *testing.T) {
	natsAddr := strings.TrimPrefix(svctest.NATS(t), "nats://")
	u, err := url.Parse(svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	socket := u.Query().Get("host") + "/.s.PGSQL.5432"
	pgPort, natsPort, httpAddr := freeAddr(t), freeAddr(t), freeAddr(t) // nothing listens on them yet
	cmd, log, exited := startWork(t, "postgres://"+pgPort+u.Path, natsPort, httpAddr)

	// Down: the role stays up, healthy but not ready.
	deadline := time.Now().Add(4 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("exited while PostgreSQL was down: %v\n%s", err, log.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
	if got := httpStatus(httpAddr, "/healthz"); got != http.StatusOK {
		t.Errorf("/healthz %d while connecting", got)
	}
	if got := httpStatus(httpAddr, "/readyz"); got != http.StatusServiceUnavailable {
		t.Errorf("/readyz %d while connecting, want 503", got)
	}

	// Up: PostgreSQL and NATS appear on the ports the role dials.
	for _, p := range []struct{ listen, network, addr string }{{pgPort, "unix", socket}, {natsPort, "tcp", natsAddr}} {
		ln, err := net.Listen("tcp", p.listen)
		if err != nil {
			t.Fatal(err)
		}
		proxy(t, ln, p.network, p.addr)
	}
	start := time.Now()
	for httpStatus(httpAddr, "/readyz") != http.StatusOK {
		if time.Since(start) > 40*time.Second {
			t.Fatalf("not ready 40s after the services came up\n%s", log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Logf("ready %s after the services came up", time.Since(start).Round(time.Millisecond))
	if n := strings.Count(log.String(), "cannot connect"); n != 1 {
		t.Errorf("logged %d connection failures, want 1 (one state change, not one per attempt)\n%s", n, log.String())
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := <-exited; err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, log.String())
	}
}

// cut is a TCP proxy to network/addr that can be taken down, closing
// every connection through it, and brought up again on the same port.
type cut struct {
	listen, network, addr string
	mu                    sync.Mutex
	ln                    net.Listener
	conns                 []net.Conn
}

func (c *cut) up(t *testing.T) {
	ln, err := net.Listen("tcp", c.listen)
	if err != nil {
		t.Fatal(err)
	}
	c.mu.Lock()
	c.ln = ln
	c.mu.Unlock()
	t.Cleanup(c.down)
	go func() {
		for {
			a, err := ln.Accept()
			if err != nil {
				return
			}
			b, err := net.Dial(c.network, c.addr)
			if err != nil {
				a.Close()
				continue
			}
			c.mu.Lock()
			c.conns = append(c.conns, a, b)
			c.mu.Unlock()
			go io.Copy(b, a)
			go io.Copy(a, b)
		}
	}()
}

func (c *cut) down() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.ln != nil {
		c.ln.Close()
	}
	for _, conn := range c.conns {
		conn.Close()
	}
	c.conns = nil
}

// PostgreSQL gone again after the role connected, while it waits for
// NATS: before the fix `newsdesk work` exited on loading the tag model
// ("store: latest tag model: … connection refused"), as a fault test
// with a PostgreSQL crash at start found.
func TestWorkWaitsForPostgresLostAfterConnecting(t *testing.T) {
	natsAddr := strings.TrimPrefix(svctest.NATS(t), "nats://")
	u, err := url.Parse(svctest.Postgres(t))
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := runCLI(t, map[string]string{"DATABASE_URL": u.String()}, "migrate"); code != 0 {
		t.Fatal(errOut)
	}
	pg := &cut{listen: freeAddr(t), network: "unix", addr: u.Query().Get("host") + "/.s.PGSQL.5432"}
	natsPort, httpAddr := freeAddr(t), freeAddr(t)
	pg.up(t)
	cmd, log, exited := startWork(t, "postgres://"+pg.listen+u.Path, natsPort, httpAddr)
	waitLog := func(what string) {
		t.Helper()
		for start := time.Now(); !strings.Contains(log.String(), what); time.Sleep(50 * time.Millisecond) {
			select {
			case err := <-exited:
				t.Fatalf("exited waiting for %q: %v\n%s", what, err, log.String())
			default:
			}
			if time.Since(start) > 30*time.Second {
				t.Fatalf("no %q in 30 s\n%s", what, log.String())
			}
		}
	}
	waitLog("service=NATS") // connected to PostgreSQL, waiting for NATS
	pg.down()
	ln, err := net.Listen("tcp", natsPort)
	if err != nil {
		t.Fatal(err)
	}
	proxy(t, ln, "tcp", natsAddr)
	waitLog("queue ready") // now it loads the tag model, with PostgreSQL down
	select {
	case err := <-exited:
		t.Fatalf("exited while PostgreSQL was down: %v\n%s", err, log.String())
	case <-time.After(3 * time.Second):
	}
	pg.up(t)
	for start := time.Now(); !strings.Contains(log.String(), "workers started"); time.Sleep(100 * time.Millisecond) {
		if time.Since(start) > 40*time.Second {
			t.Fatalf("no workers 40 s after PostgreSQL came back\n%s", log.String())
		}
	}
	cmd.Process.Signal(syscall.SIGTERM)
	if err := <-exited; err != nil {
		t.Errorf("exit after SIGTERM: %v\n%s", err, log.String())
	}
}
