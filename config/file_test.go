package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadMailboxesExample(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"desk-imap", "m365-refresh-token"} {
		os.WriteFile(filepath.Join(dir, f), []byte("s3cret\n"), 0o600)
	}
	example, err := os.ReadFile("../deploy/newsdesk.toml.example")
	if err != nil {
		t.Fatal(err)
	}
	path := write(t, "newsdesk.toml", strings.ReplaceAll(string(example), "/run/secrets/", dir+"/"))
	mbs, err := LoadMailboxes(path, env(map[string]string{"M365_CLIENT_SECRET": "cs"}))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, m := range mbs {
		names = append(names, m.Name)
	}
	if got := strings.Join(names, ","); got != "desk/INBOX,desk/Press releases,m365,gmail" {
		t.Fatalf("mailboxes %s", got)
	}
	desk, m365, gmail := mbs[0], mbs[2], mbs[3]
	if desk.Password != "s3cret" || desk.After != (After{AfterFlag, "$Newsdesk"}) || desk.Since.Format("2006-01-02") != "2026-01-01" || desk.TLS != TLSImplicit {
		t.Errorf("desk: %+v", desk)
	}
	if m365.Auth != AuthXOAuth2 || m365.OAuth2.RefreshToken != "s3cret" || m365.OAuth2.ClientSecret != "cs" || m365.After.Action != AfterMove {
		t.Errorf("m365: %+v", m365)
	}
	if gmail.Auth != AuthOAuthBearer || gmail.OAuth2.TokenFile == "" {
		t.Errorf("gmail: %+v", gmail)
	}
}

func TestLoadMailboxesReportsEveryProblem(t *testing.T) {
	path := write(t, "bad.toml", `
[[mailbox]]
name = "a"
url = "imaps://u:hunter2@host/INBOX"
after = "delete"
since = "yesterday"
colour = "blue"

[[mailbox]]
name = "a"
url = "imaps://u@host/INBOX"
auth = "kerberos"

[[mailbox]]
name = "b"
url = "imaps://u@host/INBOX"
auth = "xoauth2"
[mailbox.oauth2]
token_url = "https://token.example"
refresh_token_env = "UNSET"
`)
	_, err := LoadMailboxes(path, env(nil))
	if err == nil {
		t.Fatal("no error")
	}
	msg := err.Error()
	for _, want := range []string{"colour", `mailbox "a": after`, `mailbox "a": since`, `mailbox "a": name: "a" is used twice`,
		`mailbox "a": auth: "kerberos"`, `mailbox "b": oauth2.client_id`, `mailbox "b": oauth2.refresh_token_env`} {
		if !strings.Contains(msg, want) {
			t.Errorf("error lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "hunter2") {
		t.Errorf("error reveals a password:\n%s", msg)
	}
}

func TestLoadMailboxesSyntaxError(t *testing.T) {
	_, err := LoadMailboxes(write(t, "broken.toml", "[[mailbox]\nname = "), env(nil))
	if err == nil || !strings.Contains(err.Error(), "broken.toml") {
		t.Errorf("want an error naming the file, got %v", err)
	}
}
