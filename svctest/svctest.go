// Package svctest connects integration tests to the real local services
// newsdesk depends on: PostgreSQL, NATS and Dovecot.
//
// Fakes would hide exactly the protocol quirks integration tests exist to
// catch, so every helper talks to a real server. When a service is missing
// the test is skipped with instructions, except under CI=true where a
// missing service is a broken CI image and must fail loudly.
package svctest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

const (
	defaultPGHost  = "/var/run/postgresql"
	defaultNATSURL = "nats://127.0.0.1:4222"
)

// unavailable reports a missing service: skip locally so a laptop without
// the service still runs unit tests, fail in CI so a broken image is noticed.
func unavailable(t testing.TB, format string, args ...any) {
	t.Helper()
	msg := "svctest: " + fmt.Sprintf(format, args...)
	if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
		t.Fatalf("%s (CI=true, so missing services are fatal)", msg)
	}
	t.Skipf("%s (skipping; set CI=true to make this fatal)", msg)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Unique returns prefix + "_" + 8 random hex characters, lowercased, for
// names (streams, databases, mailbox users) that must not collide between
// concurrent tests or leftovers from earlier runs.
func Unique(prefix string) string {
	var b [4]byte
	rand.Read(b[:]) // never fails since Go 1.24
	return strings.ToLower(prefix) + "_" + hex.EncodeToString(b[:])
}

// pgURL builds a keyword-free URL so pgx still fills user, port and
// password from the usual PG* environment variables.
func pgURL(db, host string) string {
	// '/' is legal in a query; keeping it unescaped makes socket URLs readable.
	return "postgres:///" + db + "?host=" + strings.ReplaceAll(url.QueryEscape(host), "%2F", "/")
}

// Postgres creates a throwaway database named newsdesk_test_<hex> on the
// local server and returns a pgx URL for it, e.g.
// "postgres:///newsdesk_test_ab12cd34?host=/var/run/postgresql".
// The server is found via NEWSDESK_TEST_PG_HOST (default /var/run/postgresql,
// trust auth); PGUSER, PGPORT and PGPASSWORD are honoured by pgx.
// The database is dropped WITH (FORCE) on cleanup, so connections the code
// under test leaked cannot make the drop fail.
func Postgres(t testing.TB) string {
	t.Helper()
	host := envOr("NEWSDESK_TEST_PG_HOST", defaultPGHost)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()

	admin, err := pgx.Connect(ctx, pgURL("postgres", host))
	if err != nil {
		unavailable(t, "PostgreSQL not reachable at host %q: %v; install and start it "+
			"(apt-get install postgresql && service postgresql start) or set NEWSDESK_TEST_PG_HOST", host, err)
	}
	defer admin.Close(context.Background())

	name := Unique("newsdesk_test")
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("svctest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		if err := dropDatabase(host, name); err != nil {
			t.Errorf("svctest: %v", err)
		}
	})
	return pgURL(name, host)
}

// dropDatabase uses a fresh connection because the one from Postgres is
// closed by the time cleanups run.
func dropDatabase(host, name string) error {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, pgURL("postgres", host))
	if err != nil {
		return fmt.Errorf("drop database %s: connect: %w", name, err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("drop database %s: %w", name, err)
	}
	return nil
}

// NATS returns the URL of the local nats-server (NEWSDESK_TEST_NATS_URL,
// default nats://127.0.0.1:4222) once it has greeted a raw TCP connection
// with its INFO line. Tests should isolate themselves with Unique stream and
// subject names, since the server is shared.
//
// A server older than MinNATSVersion (Debian 12 ships 2.9.10) is one
// newsdesk refuses, so the test gets a ModuleNATS of its own instead.
func NATS(t testing.TB) string {
	t.Helper()
	raw := envOr("NEWSDESK_TEST_NATS_URL", defaultNATSURL)
	version, err := probeNATS(raw)
	if err != nil {
		unavailable(t, "nats-server not reachable at %s: %v; install and start it "+
			"(nats-server -js -a 127.0.0.1 -p 4222) or set NEWSDESK_TEST_NATS_URL", raw, err)
	}
	if olderThan(version, MinNATSVersion) {
		return ModuleNATS(t)
	}
	return raw
}

// probeNATS avoids importing nats.go: reading the INFO banner proves a NATS
// server (not just any listener) is on the port. It returns the version.
func probeNATS(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("parse %q: %w", raw, err)
	}
	host := u.Host
	if u.Port() == "" {
		host = net.JoinHostPort(u.Hostname(), "4222")
	}
	conn, err := net.DialTimeout("tcp", host, 2*time.Second)
	if err != nil {
		return "", fmt.Errorf("dial: %w", err)
	}
	defer conn.Close()
	line, err := bannerOf(conn)
	if err != nil {
		return "", err
	}
	return natsVersion(line), nil
}

// waitClosed polls because the listener closes asynchronously after
// the master is signalled.
func waitClosed(addr string) error {
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		conn, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err != nil {
			return nil
		}
		conn.Close()
	}
	return fmt.Errorf("dovecot still listening on %s after 10s", addr)
}

// freePort asks the kernel for an unused port. Another process could grab
// it before Dovecot binds, but on a test machine that race is negligible.
func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("svctest: free port: %v", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func findBinary(name, dir string) string {
	if p, err := exec.LookPath(name); err == nil {
		return p
	}
	if p := filepath.Join(dir, name); isExecutable(p) {
		return p
	}
	return ""
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// removeAll retries because processes of a just-killed Dovecot may still
// be writing index files for a few milliseconds.
func removeAll(t testing.TB, dir string) {
	var err error
	for range 40 {
		if err = os.RemoveAll(dir); err == nil {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Errorf("svctest: remove %s: %v", dir, err)
}
