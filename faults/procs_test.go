package faults

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// proc is a service process the suite kills, stops and restarts.
type proc struct {
	name  string
	start func() *exec.Cmd // a fresh command each time
	mu    sync.Mutex
	cmd   *exec.Cmd
	done  chan struct{}
	log   syncBuffer
}

func (p *proc) run(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cmd = p.start()
	p.cmd.Stdout, p.cmd.Stderr = &p.log, &p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatalf("start %s: %v", p.name, err)
	}
	cmd, done := p.cmd, make(chan struct{})
	p.done = done
	go func() { cmd.Wait(); close(done) }()
}

// kill ends the process without warning and starts it again.
func (p *proc) kill(t *testing.T) {
	p.stop()
	p.run(t)
}

// pause stops the process for d, as a frozen VM or a debugger would.
func (p *proc) pause(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cmd.Process.Signal(syscall.SIGSTOP)
	time.Sleep(d)
	p.cmd.Process.Signal(syscall.SIGCONT)
}

// stop kills the process and waits for it to be gone.
func (p *proc) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd != nil && p.cmd.Process != nil {
		p.cmd.Process.Signal(syscall.SIGCONT)
		p.cmd.Process.Kill()
		<-p.done
	}
}

// syncBuffer collects a child's output while the test may read it.
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

func freePort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// postgres is a throwaway cluster of the suite's own (never the shared
// one: it is killed), under a temp dir, run as the postgres user.
type postgres struct {
	bin, dir string
	port     int
}

func startPostgres(t *testing.T) *postgres {
	t.Helper()
	bins, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(bins) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("no initdb: apt-get install postgresql (CI=true: a missing service fails)")
		}
		t.Skip("no initdb (apt-get install postgresql)")
	}
	pg := &postgres{bin: filepath.Dir(bins[len(bins)-1]), dir: t.TempDir(), port: freePort(t)}
	os.Chmod(filepath.Dir(pg.dir), 0o755)
	os.Chmod(pg.dir, 0o755)
	pg.as(t, "chown", "-R", "postgres:postgres", pg.dir)
	pg.as(t, "runuser", "-u", "postgres", "--", pg.bin+"/initdb", "-D", pg.dir+"/data", "-A", "trust", "-U", "root", "--no-sync")
	pg.start(t)
	t.Cleanup(func() {
		exec.Command("runuser", "-u", "postgres", "--", pg.bin+"/pg_ctl", "-D", pg.dir+"/data", "stop", "-m", "immediate").Run()
	})
	return pg
}

func (pg *postgres) as(t *testing.T, args ...string) {
	t.Helper()
	if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

func (pg *postgres) start(t *testing.T) {
	t.Helper()
	opts := fmt.Sprintf("-p %d -k %s -c listen_addresses=127.0.0.1 -c fsync=off", pg.port, pg.dir)
	pg.as(t, "runuser", "-u", "postgres", "--", pg.bin+"/pg_ctl", "-D", pg.dir+"/data", "-l", pg.dir+"/log", "-o", opts, "-w", "start")
}

// crash stops the cluster the way a power cut would (immediate: no
// checkpoint, crash recovery at start), then starts it again.
func (pg *postgres) crash(t *testing.T) {
	t.Helper()
	pg.as(t, "runuser", "-u", "postgres", "--", pg.bin+"/pg_ctl", "-D", pg.dir+"/data", "stop", "-m", "immediate")
	pg.start(t)
}

func (pg *postgres) url() string {
	return "postgres://root@127.0.0.1:" + strconv.Itoa(pg.port) + "/newsdesk?sslmode=disable&connect_timeout=5"
}
