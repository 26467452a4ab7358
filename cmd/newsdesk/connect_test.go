package main

import (
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"strings"
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
	var log syncBuffer
	cmd := exec.Command(binary, "work")
	cmd.Env = append(os.Environ(),
		"DATABASE_URL=postgres://"+pgPort+u.Path+"?sslmode=disable&connect_timeout=2",
		"NATS_URL=nats://"+natsPort,
		"NEWSDESK_QUEUE="+svctest.Unique("connect"),
		"NEWSDESK_HTTP_ADDR="+httpAddr)
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })

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
