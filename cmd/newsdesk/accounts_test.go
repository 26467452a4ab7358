package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"log/slog"
	"strings"
	"testing"

	"github.com/alexedwards/argon2id"

	"newsdesk/store"
	"newsdesk/svctest"
)

func TestUserAndTokenCommands(t *testing.T) {
	db := svctest.Postgres(t)
	cli := func(stdin string, args ...string) (int, string, string) {
		var out, errOut bytes.Buffer
		e := env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errOut,
			getenv: func(k string) string { return map[string]string{"DATABASE_URL": db}[k] }, log: slog.New(slog.DiscardHandler)}
		code := dispatch(context.Background(), e, args)
		return code, out.String(), errOut.String()
	}
	if code, _, errOut := cli("long enough password\n", "user", "add", "alice", "--role", "chief"); code != 0 {
		t.Fatalf("user add: %d %s", code, errOut)
	}
	if code, _, errOut := cli("short\n", "user", "add", "bob"); code == 0 || !strings.Contains(errOut, "10 characters") {
		t.Errorf("short password accepted: %d %s", code, errOut)
	}
	if code, _, _ := cli("long enough password\n", "user", "add", "alice"); code == 0 {
		t.Error("a second alice was added")
	}
	if code, _, _ := cli("", "user", "add", "carol", "--role", "king"); code != 2 {
		t.Errorf("unknown role: exit %d, want 2", code)
	}
	if code, out, _ := cli("", "user", "list"); code != 0 || !strings.Contains(out, "alice") || !strings.Contains(out, "chief") {
		t.Errorf("user list: %d %q", code, out)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	u, err := st.UserByName(context.Background(), "alice")
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := argon2id.ComparePasswordAndHash("long enough password", u.PasswordHash); !ok || !strings.HasPrefix(u.PasswordHash, "$argon2id$") {
		t.Errorf("stored hash %q does not check", u.PasswordHash)
	}
	if code, _, _ := cli("", "user", "disable", "alice"); code != 0 {
		t.Error("user disable failed")
	}
	if u, _ := st.UserByName(context.Background(), "alice"); !u.Disabled {
		t.Error("alice still enabled")
	}
	code, out, errOut := cli("", "token", "add", "exporter", "--role", "editor")
	tok := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(tok, "nd_") {
		t.Fatalf("token add: %d %q %s", code, out, errOut)
	}
	sum := sha256.Sum256([]byte(tok))
	if got, err := st.TokenByHash(context.Background(), sum[:]); err != nil || got.Name != "exporter" || got.Role != "editor" {
		t.Errorf("printed token not found by its hash: %+v %v", got, err)
	}
}
