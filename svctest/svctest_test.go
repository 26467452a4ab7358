package svctest

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/jackc/pgx/v5"
)

func TestUnique(t *testing.T) {
	a, b := Unique("Stream"), Unique("Stream")
	if !regexp.MustCompile(`^stream_[0-9a-f]{8}$`).MatchString(a) {
		t.Errorf("Unique(Stream) = %q, want stream_ + 8 hex chars", a)
	}
	if a == b {
		t.Errorf("Unique returned %q twice", a)
	}
}

func TestPostgres(t *testing.T) {
	var dbURL string
	t.Run("create", func(t *testing.T) {
		dbURL = Postgres(t)
		if !strings.HasPrefix(dbURL, "postgres:///newsdesk_test_") {
			t.Errorf("URL = %q, want postgres:///newsdesk_test_...", dbURL)
		}
		conn := connect(t, dbURL)
		var one int
		if err := conn.QueryRow(context.Background(), "select 1").Scan(&one); err != nil || one != 1 {
			t.Fatalf("select 1 = %d, %v", one, err)
		}
	})
	if dbURL == "" {
		t.Skip("postgres unavailable")
	}

	// The subtest's cleanup must have dropped the database.
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatal(err)
	}
	admin := connect(t, strings.Replace(dbURL, u.Path, "/postgres", 1))
	var n int
	if err := admin.QueryRow(context.Background(),
		"select count(*) from pg_database where datname = $1", strings.TrimPrefix(u.Path, "/")).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("database %s still exists after cleanup", u.Path)
	}
}

func connect(t *testing.T, dbURL string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), dbURL)
	if err != nil {
		t.Fatalf("connect %s: %v", dbURL, err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func TestNATS(t *testing.T) {
	if u := NATS(t); !strings.HasPrefix(u, "nats://") {
		t.Errorf("NATS() = %q, want nats:// URL", u)
	}
}

func TestNATSUnavailable(t *testing.T) {
	if ci, _ := strconv.ParseBool(os.Getenv("CI")); ci {
		t.Skip("under CI=true an unreachable server fails instead of skipping")
	}
	t.Setenv("NEWSDESK_TEST_NATS_URL", "nats://127.0.0.1:1")
	ok := t.Run("probe", func(t *testing.T) { NATS(t) })
	if !ok {
		t.Error("unreachable NATS should skip, not fail, outside CI")
	}
}

const (
	testUser = "alice"
	testPass = "p@ss w/rd%" // exercises URL escaping
)

func TestDovecot(t *testing.T) {
	var addr string
	t.Run("lifecycle", func(t *testing.T) {
		d := StartDovecot(t, map[string]string{testUser: testPass})
		addr = d.Addr
		for i := range 3 {
			d.Deliver(t, testUser, "INBOX", message(i))
		}
		d.Deliver(t, testUser, "Archive", message(9))

		wantURL := fmt.Sprintf("imap://alice:p%%40ss%%20w%%2Frd%%25@%s/INBOX?tls=off", d.Addr)
		if got := d.URL(testUser, "INBOX"); got != wantURL {
			t.Errorf("URL = %q, want %q", got, wantURL)
		}
		if u, err := url.Parse(d.URL(testUser, "INBOX")); err != nil {
			t.Errorf("URL does not parse: %v", err)
		} else if p, _ := u.User.Password(); p != testPass {
			t.Errorf("URL password round-trips to %q, want %q", p, testPass)
		}

		c := login(t, d.Addr)
		n, uidValidity := selectBox(t, c, "INBOX")
		if n != 3 {
			t.Errorf("INBOX has %d messages, want 3", n)
		}
		if n, _ := selectBox(t, c, "Archive"); n != 1 {
			t.Errorf("Archive has %d messages, want 1", n)
		}

		newValidity := uidValidity + 1000
		d.SetUIDValidity(t, testUser, "INBOX", newValidity)
		if _, got := selectBox(t, login(t, d.Addr), "INBOX"); got != newValidity {
			t.Errorf("UIDVALIDITY after SetUIDValidity = %d, want %d", got, newValidity)
		}

		kicked := login(t, d.Addr)
		selectBox(t, kicked, "INBOX")
		d.Kick(t, testUser)
		select {
		case <-kicked.Closed():
		case <-time.After(5 * time.Second):
			t.Error("connection still open 5s after Kick")
		}

		d.Restart(t)
		if d.Addr != addr {
			t.Errorf("Addr changed across Restart: %s -> %s", addr, d.Addr)
		}
		n, got := selectBox(t, login(t, d.Addr), "INBOX")
		if n != 3 || got != newValidity {
			t.Errorf("after Restart: %d messages, UIDVALIDITY %d; want 3, %d", n, got, newValidity)
		}
	})
	if addr == "" {
		t.Skip("dovecot unavailable")
	}
	if conn, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		conn.Close()
		t.Errorf("dovecot still listening on %s after cleanup", addr)
	}
}

func message(i int) []byte {
	return fmt.Appendf(nil, "From: sender@example.com\r\nTo: alice@example.com\r\n"+
		"Subject: test %d\r\nMessage-ID: <%d@svctest>\r\n\r\nbody %d\r\n", i, i, i)
}

func login(t *testing.T, addr string) *imapclient.Client {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", addr, err)
	}
	t.Cleanup(func() { c.Close() })
	if err := c.Login(testUser, testPass).Wait(); err != nil {
		t.Fatalf("login: %v", err)
	}
	return c
}

func selectBox(t *testing.T, c *imapclient.Client, mailbox string) (n, uidValidity uint32) {
	t.Helper()
	data, err := c.Select(mailbox, nil).Wait()
	if err != nil {
		t.Fatalf("select %s: %v", mailbox, err)
	}
	return data.NumMessages, data.UIDValidity
}
