package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"newsdesk/process"
	"newsdesk/svctest"
)

// binary is the newsdesk command built once for the end-to-end tests, so
// they can kill it the way a crash or an OOM killer would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "newsdesk-bin-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "newsdesk")
	out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "build newsdesk: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// pipeline is one end-to-end setup: real Dovecot, PostgreSQL and NATS
// (shared or embedded), and the newsdesk binary run against them.
type pipeline struct {
	t       *testing.T
	dovecot *svctest.Dovecot
	env     []string
	db      *pgx.Conn
	http    string
	cmd     *exec.Cmd
	log     *syncBuffer
	sent    [][]byte // every email delivered, in order
}

func newPipeline(t *testing.T, natsURL string) *pipeline {
	dove := svctest.StartDovecot(t, map[string]string{"desk": "desk-pass"})
	dbURL := svctest.Postgres(t)
	p := &pipeline{t: t, dovecot: dove, http: freeAddr(t)}
	p.env = append(os.Environ(),
		"DATABASE_URL="+dbURL,
		"NATS_URL="+natsURL,
		"NEWSDESK_DATA_DIR="+t.TempDir(),
		"NEWSDESK_QUEUE="+svctest.Unique("e2e"),
		"NEWSDESK_IMAP_URL="+dove.URL("desk", "INBOX"),
		"NEWSDESK_HTTP_ADDR="+p.http,
		"NEWSDESK_POLL_INTERVAL=1s",
		"NEWSDESK_FETCH_BATCH=4",
		"NEWSDESK_ACK_WAIT=3s", // messages a killed worker held come back quickly
	)
	var err error
	if p.db, err = pgx.Connect(context.Background(), dbURL); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.stop()
		p.db.Close(context.Background())
	})
	return p
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func (p *pipeline) deliver(emails [][]byte) {
	for _, raw := range emails {
		p.dovecot.Deliver(p.t, "desk", "INBOX", raw)
		p.sent = append(p.sent, raw)
	}
}

func (p *pipeline) start() {
	p.t.Helper()
	p.log = &syncBuffer{}
	p.cmd = exec.Command(binary, "run")
	p.cmd.Env = p.env
	p.cmd.Stdout, p.cmd.Stderr = p.log, p.log
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
}

// kill ends the pipeline without warning, as a crash would.
func (p *pipeline) kill() {
	p.cmd.Process.Kill()
	p.cmd.Wait()
	p.cmd = nil
}

// stop asks for a graceful shutdown and checks the process exits cleanly.
func (p *pipeline) stop() {
	if p.cmd == nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			p.t.Errorf("newsdesk run exited with %v after SIGTERM\n%s", err, p.log)
		}
	case <-time.After(40 * time.Second):
		p.cmd.Process.Kill()
		p.t.Errorf("newsdesk run ignored SIGTERM for 40s\n%s", p.log)
	}
	p.cmd = nil
}

func (p *pipeline) count(query string) int {
	p.t.Helper()
	var n int
	if err := p.db.QueryRow(context.Background(), query).Scan(&n); err != nil && !strings.Contains(err.Error(), "does not exist") {
		p.t.Fatal(err)
	}
	return n
}

// waitStored waits until at least n sources are stored.
func (p *pipeline) waitStored(n int, timeout time.Duration) {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for p.count("SELECT count(*) FROM message_sources") < n {
		if time.Now().After(deadline) {
			p.t.Fatalf("after %s only %d of %d emails stored; log:\n%s", timeout, p.count("SELECT count(*) FROM message_sources"), n, p.log)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// checkExactlyOnce asserts every delivered email is one stored message with
// one source, and nothing else is stored.
func (p *pipeline) checkExactlyOnce() {
	p.t.Helper()
	ctx := context.Background()
	junk := 0
	for i, raw := range p.sent {
		d, err := process.Inspect(raw)
		if err != nil {
			junk++ // the server may rewrite what is not a message; counted below
			continue
		}
		var n int
		err = p.db.QueryRow(ctx, `SELECT count(*) FROM messages WHERE message_id = $1 AND content_hash = $2`,
			d.Source.MessageID, process.ContentHash(raw)).Scan(&n)
		if err != nil {
			p.t.Fatal(err)
		}
		if n != 1 {
			p.t.Errorf("email %d (%q) stored %d times", i, d.Source.MessageID, n)
		}
	}
	if got := p.count("SELECT count(*) FROM messages WHERE status = 'rejected'"); got != junk {
		p.t.Errorf("%d rejected messages, want %d", got, junk)
	}
	want := len(p.sent)
	if got := p.count("SELECT count(*) FROM messages"); got != want {
		p.t.Errorf("%d messages stored, want %d", got, want)
	}
	if got := p.count("SELECT count(*) FROM message_sources"); got != want {
		p.t.Errorf("%d sources stored, want %d", got, want)
	}
	if got := p.count("SELECT count(*) FROM messages m WHERE status = 'drafted' AND NOT EXISTS (SELECT FROM drafts d WHERE d.message = m.id)"); got != 0 {
		p.t.Errorf("%d drafted messages without a draft", got)
	}
}

func corpusEmails(t *testing.T) [][]byte {
	files, err := filepath.Glob("../../testdata/corpus/*.eml")
	if err != nil || len(files) < 30 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	var out [][]byte
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, raw)
	}
	// Junk no parser can read must become a rejected record, not a crash.
	return append(out, []byte("\x00\x01\x02 binary junk\xff\xfe\r\n\r\n\x00"))
}

func testPipeline(t *testing.T, natsURL string) {
	emails := corpusEmails(t)
	p := newPipeline(t, natsURL)

	// 1. A first batch drains completely.
	p.deliver(emails[:10])
	p.start()
	p.waitStored(10, time.Minute)
	p.checkExactlyOnce()
	p.checkHTTP()

	// 2. Killed mid-batch: some of the next emails are stored, not all.
	p.deliver(emails[10:30])
	p.waitStored(12, time.Minute)
	p.kill()
	atKill := p.count("SELECT count(*) FROM message_sources")
	t.Logf("killed with %d of %d emails stored", atKill, len(p.sent))
	if atKill >= len(p.sent) {
		t.Fatalf("the kill came after the batch finished (%d stored); it did not test a crash", atKill)
	}

	// 3. Restarted, with more mail arriving: nothing lost, nothing doubled.
	p.start()
	p.deliver(emails[30:])
	p.waitStored(len(p.sent), time.Minute)
	time.Sleep(1500 * time.Millisecond) // a poll interval: late doubles would show now
	p.checkExactlyOnce()
	p.checkCLI()
	p.stop()
}

func (p *pipeline) checkHTTP() {
	p.t.Helper()
	for _, path := range []string{"/healthz", "/readyz"} {
		resp, err := http.Get("http://" + p.http + path)
		if err != nil {
			p.t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			p.t.Errorf("GET %s: %s", path, resp.Status)
		}
	}
}

// checkCLI compares `stats --json` and `export` with the database.
func (p *pipeline) checkCLI() {
	p.t.Helper()
	run := func(args ...string) []byte {
		cmd := exec.Command(binary, args...)
		cmd.Env = p.env
		out, err := cmd.Output()
		if err != nil {
			p.t.Fatalf("newsdesk %s: %v", strings.Join(args, " "), err)
		}
		return out
	}
	var stats struct {
		Messages, Drafts, Rejected, Failed int
		Mailboxes                          []struct {
			Mailbox string
			State   string
			LastUID int `json:"last_uid"`
			Lag     int
		}
	}
	if err := json.Unmarshal(run("stats", "--json"), &stats); err != nil {
		p.t.Fatal(err)
	}
	want := map[string]int{
		"messages": len(p.sent),
		"drafts":   p.count("SELECT count(*) FROM drafts"),
		"rejected": p.count("SELECT count(*) FROM messages WHERE status = 'rejected'"),
		"failed":   0,
	}
	got := map[string]int{"messages": stats.Messages, "drafts": stats.Drafts, "rejected": stats.Rejected, "failed": stats.Failed}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		p.t.Errorf("stats %v, want %v", got, want)
	}
	if len(stats.Mailboxes) != 1 || stats.Mailboxes[0].LastUID != len(p.sent) || stats.Mailboxes[0].Lag != 0 || stats.Mailboxes[0].State != "idle" {
		p.t.Errorf("mailbox status %+v: want one idle mailbox with cursor %d and no lag", stats.Mailboxes, len(p.sent))
	}
	if want["rejected"] != 1 || want["drafts"] != len(p.sent)-1 {
		p.t.Errorf("want every corpus email drafted and the junk rejected: %v", want)
	}
	lines := bytes.Split(bytes.TrimSpace(run("export")), []byte("\n"))
	if len(lines) != want["drafts"] {
		p.t.Fatalf("export printed %d lines, want %d", len(lines), want["drafts"])
	}
	for _, l := range lines {
		var d struct {
			ID       int64  `json:"id"`
			Status   string `json:"status"`
			Kind     string `json:"kind"`
			Headline string `json:"headline"`
			Source   struct {
				MessageID string `json:"message_id"`
			} `json:"source"`
		}
		if err := json.Unmarshal(l, &d); err != nil || d.ID == 0 || d.Status != "new" || d.Kind == "" || d.Source.MessageID == "" {
			p.t.Errorf("export line %s: %+v %v", l, d, err)
		}
	}
}

func TestPipelineSharedNATS(t *testing.T) {
	testPipeline(t, svctest.NATS(t))
}

func TestPipelineEmbeddedNATS(t *testing.T) {
	testPipeline(t, "")
}

// TestPipelineFailover runs two pipelines on one mailbox: one reads, the
// other stands by; kill -9 the reader and the standby takes over.
func TestPipelineFailover(t *testing.T) {
	p := newPipeline(t, svctest.NATS(t))
	emails := corpusEmails(t)
	p.start()
	p.waitState("idle")
	standby := exec.Command(binary, "run")
	standby.Env = append(slices.Clone(p.env), "NEWSDESK_HTTP_ADDR="+freeAddr(t))
	standbyLog := &syncBuffer{}
	standby.Stdout, standby.Stderr = standbyLog, standbyLog
	if err := standby.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { standby.Process.Kill(); standby.Wait() })
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(standbyLog.String(), "standing by") { // the log is written by the child; read after it settles
		if time.Now().After(deadline) {
			t.Fatalf("the second pipeline never stood by:\n%s", standbyLog.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	p.waitState("idle") // the standby did not overwrite the reader's state

	p.deliver(emails[:10])
	p.waitStored(10, time.Minute)
	p.kill() // the reader dies without releasing anything
	p.deliver(emails[10:20])
	start := time.Now()
	p.waitStored(20, time.Minute)
	t.Logf("standby took over: the 10 emails delivered after the kill were stored %s later", time.Since(start).Round(time.Millisecond))
	time.Sleep(1500 * time.Millisecond)
	p.checkExactlyOnce()
	if !strings.Contains(standbyLog.String(), "reading mailbox") {
		t.Errorf("the standby never took the mailbox:\n%s", standbyLog.String())
	}
}

// waitState waits until the mailbox's recorded state is state.
func (p *pipeline) waitState(state string) {
	p.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var got string
		err := p.db.QueryRow(context.Background(), `SELECT state FROM mailbox_status`).Scan(&got)
		if err == nil && got == state {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("mailbox state %q (%v), want %q\n%s", got, err, state, p.log)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// syncBuffer collects a child's output; the test reads it while exec's
// goroutine writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
