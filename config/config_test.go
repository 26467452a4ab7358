package config

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaults(t *testing.T) {
	c, err := FromEnv(env(nil))
	if err != nil {
		t.Fatal(err)
	}
	if c.DatabaseURL != DefaultDatabaseURL || c.NATSURL != "" || c.HTTPAddr != "" ||
		c.Workers != 2 || c.PollInterval != 15*time.Second || len(c.Mailboxes) != 0 || c.WorkMemory != 32<<20 {
		t.Errorf("defaults: %+v", c)
	}
	addrs := map[string]bool{}
	for _, role := range []string{"serve", "poll", "work"} {
		addrs[DefaultHTTPAddr(role)] = true
	}
	if len(addrs) != 3 || DefaultHTTPAddr("run") != "127.0.0.1:8080" {
		t.Errorf("roles share default addresses: %v", addrs)
	}
}

func TestAllErrorsAtOnce(t *testing.T) {
	_, err := FromEnv(env(map[string]string{
		"NEWSDESK_WORKERS":           "many",
		"NEWSDESK_POLL_INTERVAL":     "10",
		"NEWSDESK_FETCH_BATCH":       "0",
		"NEWSDESK_QUEUE":             "a.b",
		"NEWSDESK_IMAP_URL":          "ftp://x@y/INBOX",
		"NEWSDESK_MAX_MESSAGE_BYTES": "50MB",
		"NEWSDESK_WORK_MEMORY_BYTES": "1000",
	}))
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"NEWSDESK_WORKERS", "NEWSDESK_POLL_INTERVAL", "NEWSDESK_FETCH_BATCH", "NEWSDESK_QUEUE", "NEWSDESK_IMAP_URL",
		"NEWSDESK_MAX_MESSAGE_BYTES", "NEWSDESK_WORK_MEMORY_BYTES"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not name %s: %v", want, err)
		}
	}
}

func TestParseMailbox(t *testing.T) {
	check := func(raw, password string, want Mailbox) {
		t.Helper()
		got, err := ParseMailbox(raw, password)
		if err != nil {
			t.Fatalf("%q: %v", raw, err)
		}
		want.Auth, want.After = AuthPassword, After{Action: AfterNone}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", raw, got, want)
		}
	}
	check("imaps://desk%40example.org@imap.example.org/INBOX", "pw", Mailbox{
		Name: "desk@example.org@imap.example.org/INBOX", Addr: "imap.example.org:993", TLS: TLSImplicit,
		Username: "desk@example.org", Password: "pw", Folder: "INBOX"})
	check("imap://u:p%2Fq@h:1143/Press%20Releases", "ignored", Mailbox{
		Name: "u@h/Press Releases", Addr: "h:1143", TLS: TLSStartTLS, Username: "u", Password: "p/q", Folder: "Press Releases"})
	check("imap://u:p@127.0.0.1:10143?tls=off&name=desk", "", Mailbox{
		Name: "desk", Addr: "127.0.0.1:10143", TLS: TLSOff, Username: "u", Password: "p", Folder: "INBOX"})
}

func TestParseMailboxErrorsHideThePassword(t *testing.T) {
	for _, raw := range []string{
		"imaps://user:s3cr3t@host:notaport/INBOX",
		"imaps://user:s3cr3t@/INBOX",
		"imaps://user:s3cr3t@host/INBOX?tls=off",
		"imap://user:s3cr3t@host/INBOX?tls=maybe",
		"pop3://user:s3cr3t@host/",
		"imap://user:s3cr3t@host/%zz",
		"imap://user:s3cr3t@h\nost/",
		"imaps://user:s3cr3t/INBOX", // forgotten host: the password parses as a port
	} {
		_, err := ParseMailbox(raw, "")
		if err == nil {
			t.Errorf("%q: no error", raw)
			continue
		}
		if strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("%q: error reveals the password: %v", raw, err)
		}
	}
	if _, err := FromEnv(env(map[string]string{"NEWSDESK_IMAP_URL": "imaps://user@host/INBOX"})); err == nil || !strings.Contains(err.Error(), "NEWSDESK_IMAP_PASSWORD") {
		t.Errorf("missing password: %v", err)
	}
	if m, _ := ParseMailbox("imaps://user:s3cr3t@host/INBOX", ""); strings.Contains(m.String(), "s3cr3t") {
		t.Errorf("String() reveals the password: %s", m)
	}
}

func FuzzParseMailbox(f *testing.F) {
	f.Add("desk%40example.org", "pw", "imap.example.org:993", "INBOX", "")
	f.Add("u", "p", "127.0.0.1:10143", "Press Releases", "tls=off&name=desk")
	f.Fuzz(func(t *testing.T, user, pass, host, folder, query string) {
		const secret = "Zq9secretZq9"
		pass = secret + pass
		for _, s := range []string{user, host, folder, query} {
			if strings.Contains(s, "Zq9") {
				return // the secret is also somewhere that may be shown
			}
		}
		// Written as a user should: the password escaped. An unescaped "@" or
		// "/" in a password makes it part of the host or folder, which no
		// parser can tell from a real folder name.
		raw := (&url.URL{Scheme: "imap", User: url.UserPassword(user, pass), Host: host, Path: "/" + folder, RawQuery: query}).String()
		m, err := ParseMailbox(raw, "")
		if err != nil && strings.Contains(err.Error(), secret) {
			t.Fatalf("%q: error reveals the password: %v", raw, err)
		}
		if err == nil && strings.Contains(m.String(), secret) {
			t.Fatalf("%q: String() reveals the password: %s", raw, m)
		}
	})
}
