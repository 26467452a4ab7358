package main

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"newsdesk/store"
	"newsdesk/svctest"
)

func TestWebhookAddPrintsTheSecretOnce(t *testing.T) {
	vars := map[string]string{"DATABASE_URL": svctest.Postgres(t)}
	if code, _, errOut := runCLI(t, vars, "migrate"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := runCLI(t, vars, "webhook", "add", "wire", "https://partner.example/hook")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	secret := regexp.MustCompile(`whsec_[A-Za-z0-9+/=]{44}`).FindString(out)
	if secret == "" {
		t.Fatalf("no whsec_ secret in %q", out)
	}
	code, out, _ = runCLI(t, vars, "webhook", "list")
	if code != 0 || !strings.Contains(out, "wire") || strings.Contains(out, secret) {
		t.Errorf("list: code %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, vars, "webhook", "add", "wire", "https://other.example/"); code != 1 || !strings.Contains(errOut, "exists") {
		t.Errorf("second add with the same name: code %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, vars, "webhook", "add", "x", "ftp://nope"); code != 1 {
		t.Errorf("ftp URL accepted: code %d", code)
	}
	if code, out, _ := runCLI(t, vars, "webhook", "enable", "wire"); code != 0 || !strings.Contains(out, "enabled") {
		t.Errorf("enable: code %d %q", code, out)
	}
	if code, _, _ := runCLI(t, vars, "webhook", "enable", "nobody"); code != 1 {
		t.Errorf("enable of an unknown webhook: code %d", code)
	}
	if code, _, _ := runCLI(t, vars, "webhook", "add", "x"); code != 2 {
		t.Errorf("missing URL: code %d, want 2", code)
	}
	st, err := store.Open(context.Background(), vars["DATABASE_URL"])
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if eps, err := st.Endpoints(context.Background()); err != nil || len(eps) != 1 {
		t.Errorf("endpoints %v %v", eps, err)
	}
}
