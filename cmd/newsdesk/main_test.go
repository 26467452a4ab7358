package main

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCLI(t *testing.T, vars map[string]string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := env{stdout: &out, stderr: &errOut, getenv: func(k string) string { return vars[k] }, log: slog.New(slog.DiscardHandler)}
	code = dispatch(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

func TestHelp(t *testing.T) {
	code, out, _ := runCLI(t, nil, "help")
	for _, c := range commands() {
		if !strings.Contains(out, c.name) {
			t.Errorf("help does not list %s", c.name)
		}
	}
	if code != 0 || !strings.Contains(out, "DATABASE_URL") {
		t.Errorf("help: code %d\n%s", code, out)
	}
	if code, _, errOut := runCLI(t, nil, "frobnicate"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: code %d %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, nil, "run", "-h"); code != 0 || !strings.Contains(errOut, "-demo") {
		t.Errorf("run -h: code %d %q", code, errOut)
	}
}

func TestBadConfigIsReportedBeforeAnyConnection(t *testing.T) {
	code, _, errOut := runCLI(t, map[string]string{
		"NEWSDESK_WORKERS":  "0",
		"NEWSDESK_IMAP_URL": "imaps://desk:hunter2@/INBOX",
		"DATABASE_URL":      "postgres://nowhere.invalid/x",
	}, "run")
	if code != 1 || !strings.Contains(errOut, "NEWSDESK_WORKERS") || !strings.Contains(errOut, "NEWSDESK_IMAP_URL") {
		t.Errorf("code %d: %s", code, errOut)
	}
	if strings.Contains(errOut, "hunter2") {
		t.Errorf("the password reached the error: %s", errOut)
	}
	code, _, errOut = runCLI(t, map[string]string{"NEWSDESK_IMAP_URL": "imap://u:p@h/INBOX"}, "poll")
	if code != 1 || !strings.Contains(errOut, "NATS_URL") {
		t.Errorf("poll without NATS_URL: code %d %s", code, errOut)
	}
}

// A worker without pdftotext would miss every embargo given only in a
// PDF: it refuses to start, before it connects to anything.
func TestWorkerNeedsPDFReader(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	code, _, errOut := runCLI(t, map[string]string{"DATABASE_URL": "postgres://nowhere.invalid/x"}, "run")
	if code != 1 || !strings.Contains(errOut, "pdftotext") || !strings.Contains(errOut, "poppler-utils") {
		t.Errorf("code %d: %s", code, errOut)
	}
}

func TestInspect(t *testing.T) {
	code, out, errOut := runCLI(t, nil, "inspect", "../../testdata/corpus/14-french-ministry-latin1.eml")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"kind", "headline", "body_text", "source", "warnings"} {
		if _, ok := d[k]; !ok {
			t.Errorf("inspect output lacks %q", k)
		}
	}
	src := d["source"].(map[string]any)
	for _, k := range []string{"message_id", "from", "subject", "date"} {
		if src[k] == nil || src[k] == "" {
			t.Errorf("source.%s empty", k)
		}
	}
	if d["outcome"] != "drafted" || d["reason"] != "" {
		t.Errorf("outcome %v reason %v", d["outcome"], d["reason"])
	}
	if code, _, errOut := runCLI(t, nil, "inspect", "/nonexistent.eml"); code != 1 || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: code %d %q", code, errOut)
	}
	if code, _, _ := runCLI(t, nil, "inspect"); code != 2 {
		t.Errorf("no argument: code %d, want 2", code)
	}
}

// A rejected email prints the same JSON shape, with the outcome and the
// reason, and exits 1.
func TestInspectRejected(t *testing.T) {
	path := filepath.Join(t.TempDir(), "rejected.eml")
	if err := os.WriteFile(path, []byte("\x00\x01 no header block at all\r\n\r\nbody\r\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, nil, "inspect", path)
	if code != 1 || !strings.Contains(errOut, "rejected") {
		t.Errorf("code %d, stderr %q", code, errOut)
	}
	var d map[string]any
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v in %q", err, out)
	}
	if d["outcome"] != "rejected" || d["reason"] == "" {
		t.Errorf("outcome %v reason %v", d["outcome"], d["reason"])
	}
	for _, k := range []string{"kind", "headline", "body_text", "body_html", "source", "warnings", "contacts", "attachments"} {
		if _, ok := d[k]; !ok {
			t.Errorf("output lacks %q", k)
		}
	}
}
