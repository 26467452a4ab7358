package queue

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"newsdesk/svctest"
)

func TestCheckServerVersion(t *testing.T) {
	for v, ok := range map[string]bool{
		"2.9.10": false, "2.9.99": false, "1.4.0": false, "": false, "2.x": false,
		"2.10.0": false, "2.14.9": false, "2.15.0": true, "v2.15.2": true, "2.16.0-beta.2": true, "3.0.0": true,
	} {
		err := CheckServerVersion(v)
		if (err == nil) != ok || err != nil && !errors.Is(err, ErrServerVersion) {
			t.Errorf("%q: %v, want ok=%v", v, err, ok)
		}
	}
	if svctest.MinNATSVersion != MinServerVersion {
		t.Errorf("svctest.MinNATSVersion %s != %s", svctest.MinNATSVersion, MinServerVersion)
	}
}

// An old server is refused at start with an error that names both
// versions. Uses the system's nats-server when it is older than the
// minimum (Debian 12's 2.9.10), on a port of its own.
func TestOldServerRefused(t *testing.T) {
	bin, err := exec.LookPath("nats-server")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("no system nats-server: apt-get install nats-server (CI=true: a missing service fails)")
		}
		t.Skip("no system nats-server")
	}
	out, _ := exec.Command(bin, "--version").Output()
	v := strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(string(out), "nats-server:")), "v")
	if CheckServerVersion(v) == nil {
		t.Skipf("system nats-server %s is supported", v)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cmd := exec.Command(bin, "-a", "127.0.0.1", "-p", fmt.Sprint(port), "-js", "-sd", t.TempDir())
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	url := fmt.Sprintf("nats://127.0.0.1:%d", port)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if c, err := net.Dial("tcp", fmt.Sprint("127.0.0.1:", port)); err == nil {
			c.Close()
			break
		} else if time.Now().After(deadline) {
			t.Fatal(err)
		}
	}
	_, err = Open(context.Background(), Options{URL: url, Prefix: svctest.Unique("old")})
	if !errors.Is(err, ErrServerVersion) || !strings.Contains(err.Error(), v) || !strings.Contains(err.Error(), MinServerVersion) {
		t.Errorf("Open on %s: %v", v, err)
	}
}

// The shared-server tests run on the module's own nats-server when the
// local one is too old: this one says which version they ran against.
func TestSharedServerVersion(t *testing.T) {
	q := openShared(t)
	v := q.nc.ConnectedServerVersion()
	if err := CheckServerVersion(v); err != nil {
		t.Fatal(err)
	}
	t.Logf("tests run against nats-server %s", v)
}
