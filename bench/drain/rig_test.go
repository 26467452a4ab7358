package drain

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/queue"
	"newsdesk/svctest"
)

// rig is one Dovecot holding the backlog and the built newsdesk binary.
// Each deployment on it gets its own database and queue prefix, so every
// configuration drains the same mailbox from UID 1.
type rig struct {
	tb   testing.TB
	bin  string // the built newsdesk
	out  string // logs and CPU profiles: $DRAIN_OUT, else a temp dir
	dove *svctest.Dovecot
}

func newRig(tb testing.TB) *rig {
	tb.Helper()
	out := os.Getenv("DRAIN_OUT")
	if out == "" {
		out = tb.TempDir()
	} else if err := os.MkdirAll(out, 0o755); err != nil {
		tb.Fatal(err)
	}
	r := &rig{tb: tb, out: out, bin: filepath.Join(tb.TempDir(), "newsdesk")}
	build := exec.Command("go", "build", "-o", r.bin, "newsdesk/cmd/newsdesk")
	build.Dir = filepath.Join("..", "..")
	if msg, err := build.CombinedOutput(); err != nil {
		tb.Fatalf("drain: build newsdesk: %v\n%s", err, msg)
	}
	r.dove = svctest.StartDovecot(tb, map[string]string{"desk": "desk-pw"})
	return r
}

// load appends msgs(i) for i < n to the desk's INBOX and returns their
// total size.
func (r *rig) load(n int, msg func(i int) []byte) int64 {
	const chunk = 500 // one IMAP connection per chunk keeps memory small
	var size int64
	for lo := 0; lo < n; lo += chunk {
		batch := make([][]byte, 0, chunk)
		for i := lo; i < min(lo+chunk, n); i++ {
			batch = append(batch, msg(i))
			size += int64(len(batch[len(batch)-1]))
		}
		r.dove.Append(r.tb, "desk", "INBOX", batch)
	}
	return size
}

// deployment is one configuration under test: a database, a queue prefix
// and the newsdesk processes started on them.
type deployment struct {
	r        *rig
	name     string
	dbURL    string
	dbName   string
	prefix   string
	nats     string    // one server for every split role (svctest.NATS may start a new one per call)
	conn     *pgx.Conn // the benchmark's own connection, to poll progress
	polls    int       // transactions the benchmark ran on conn
	procs    []*proc
	commits0 int64 // the database's committed transactions before the children started
}

// deploy creates a migrated database (by `newsdesk migrate`, before any
// clock starts) and a queue prefix for name.
func (r *rig) deploy(name string) *deployment {
	r.tb.Helper()
	d := &deployment{r: r, name: name, dbURL: svctest.Postgres(r.tb), prefix: svctest.Unique("drain"), nats: svctest.NATS(r.tb)}
	u, err := url.Parse(d.dbURL)
	if err != nil {
		r.tb.Fatal(err)
	}
	d.dbName = strings.TrimPrefix(u.Path, "/")
	migrate := exec.Command(r.bin, "migrate")
	migrate.Env = d.env(false)
	if msg, err := migrate.CombinedOutput(); err != nil {
		r.tb.Fatalf("drain: newsdesk migrate: %v\n%s", err, msg)
	}
	ctx := context.Background()
	if d.conn, err = pgx.Connect(ctx, d.dbURL); err != nil {
		r.tb.Fatal(err)
	}
	r.tb.Cleanup(func() { d.conn.Close(ctx) })
	r.tb.Cleanup(d.deleteQueue)
	d.commits0 = d.readCommits()
	return d
}

// readCommits reads the database's committed transactions on a
// connection of its own, which commits one more.
func (d *deployment) readCommits() int64 {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, d.dbURL)
	if err != nil {
		d.r.tb.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int64
	if err := conn.QueryRow(ctx, `SELECT xact_commit FROM pg_stat_database WHERE datname = $1`, d.dbName).Scan(&n); err != nil {
		d.r.tb.Fatal(err)
	}
	return n
}

// commits counts the transactions the children committed: call it once
// they have exited. PostgreSQL adds a backend's counts to its statistics
// when it goes idle for a second or exits, so the benchmark closes its
// own connection first and subtracts what it ran itself.
func (d *deployment) commits() int64 {
	d.conn.Close(context.Background())
	time.Sleep(1500 * time.Millisecond)
	return d.readCommits() - d.commits0 - 1 - int64(d.polls)
}

// env is the children's environment: the real configuration variables,
// each overriding anything inherited.
func (d *deployment) env(embedded bool) []string {
	env := append(os.Environ(),
		"DATABASE_URL="+d.dbURL,
		"NEWSDESK_IMAP_URL="+d.r.dove.URL("desk", "INBOX"),
		"NEWSDESK_QUEUE="+d.prefix,
		"NEWSDESK_HTTP_ADDR=127.0.0.1:0",
		"NEWSDESK_CPUPROFILE=",
	)
	if embedded {
		return append(env, "NATS_URL=", "NEWSDESK_DATA_DIR="+d.r.tb.TempDir())
	}
	return append(env, "NATS_URL="+d.nats)
}

// deleteQueue removes what the split roles left on the shared NATS server.
func (d *deployment) deleteQueue() {
	nc, err := nats.Connect(d.nats)
	if err != nil {
		return
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	names := queue.NamesFor(d.prefix)
	_ = js.DeleteObjectStore(ctx, names.Bucket) // absent after an embedded run
	_ = js.DeleteStream(ctx, names.Stream)
}

// stored counts the emails in the database, by the benchmark's own
// connection: the pipeline's definition of done, not its logs.
func (d *deployment) stored(ctx context.Context) (int, error) {
	var n int
	d.polls++
	err := d.conn.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&n)
	return n, err
}

// proc is one newsdesk child process.
type proc struct {
	role    string
	cmd     *exec.Cmd
	log     string
	profile string // CPU profile written on stop
	exited  chan struct{}
}

// start runs `newsdesk args...`; its log goes to a file in the output dir
// and its CPU profile, when profile is set, to NAME-ROLE.pprof there.
func (d *deployment) start(embedded, profile bool, args ...string) *proc {
	d.r.tb.Helper()
	role := strings.Join(args, "")
	p := &proc{role: strings.Join(args, " "), log: filepath.Join(d.r.out, d.name+"-"+role+".log"), exited: make(chan struct{})}
	f, err := os.Create(p.log)
	if err != nil {
		d.r.tb.Fatal(err)
	}
	p.cmd = exec.Command(d.r.bin, args...)
	p.cmd.Env = d.env(embedded)
	if profile {
		p.profile = filepath.Join(d.r.out, d.name+"-"+role+".pprof")
		os.Remove(p.profile)
		p.cmd.Env = append(p.cmd.Env, "NEWSDESK_CPUPROFILE="+p.profile)
	}
	p.cmd.Stdout, p.cmd.Stderr = f, f
	if err := p.cmd.Start(); err != nil {
		d.r.tb.Fatal(err)
	}
	go func() { p.cmd.Wait(); f.Close(); close(p.exited) }()
	d.r.tb.Cleanup(func() { p.stop() })
	d.procs = append(d.procs, p)
	return p
}

// usage is what a child consumed, from its rusage once it exited.
type usage struct {
	cpu    time.Duration // user + system
	maxRSS int64         // bytes: its own peak (procPeakRSS), else rusage's
}

// stop collects the CPU profile (SIGUSR1, then waits for the file), then
// stops the process as an operator would (SIGTERM), killing it if it has
// not finished its messages in hand within 40 s.
func (p *proc) stop() (usage, error) {
	var peak int64
	select {
	case <-p.exited:
	default:
		peak = procPeakRSS(fmt.Sprintf("/proc/%d", p.cmd.Process.Pid))
		if p.profile != "" {
			p.cmd.Process.Signal(syscall.SIGUSR1)
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if _, err := os.Stat(p.profile); err == nil {
					break
				}
			}
		}
		p.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-p.exited:
		case <-time.After(40 * time.Second):
			p.cmd.Process.Kill()
			<-p.exited
		}
	}
	st := p.cmd.ProcessState
	ru, _ := st.SysUsage().(*syscall.Rusage)
	u := usage{cpu: st.UserTime() + st.SystemTime()}
	if ru != nil {
		u.maxRSS = ru.Maxrss * 1024 // kilobytes on Linux
	}
	if peak > 0 {
		u.maxRSS = peak
	}
	return u, nil
}

// running fails with the log's tail if the child has exited.
func (p *proc) running() error {
	select {
	case <-p.exited:
		tail, _ := os.ReadFile(p.log)
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return fmt.Errorf("drain: newsdesk %s exited early (%s):\n%s", p.role, p.cmd.ProcessState, tail)
	default:
		return nil
	}
}

// waitStored polls the database until it holds want emails.
func (d *deployment) waitStored(want int, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	last := 0
	for {
		n, err := d.stored(ctx)
		if err == nil {
			last = n
		}
		if err == nil && n >= want {
			if n > want {
				return fmt.Errorf("drain: %d emails stored, want %d", n, want)
			}
			return nil
		}
		for _, p := range d.procs {
			if err := p.running(); err != nil {
				return err
			}
		}
		if ctx.Err() != nil {
			return fmt.Errorf("drain: %d of %d emails stored after %s: %w", last, want, timeout, ctx.Err())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// backendCPU sums the CPU time of this deployment's PostgreSQL backends
// still alive (the pools keep theirs for the whole run), except the
// benchmark's own, read from /proc: a backend's command line names its
// database. Call it before stopping the children.
func (d *deployment) backendCPU() time.Duration {
	var self int
	d.polls++
	if err := d.conn.QueryRow(context.Background(), `SELECT pg_backend_pid()`).Scan(&self); err != nil {
		return 0
	}
	var total time.Duration
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		cmdline, err := os.ReadFile(filepath.Join(dir, "cmdline"))
		if err != nil || !bytes.HasPrefix(cmdline, []byte("postgres: ")) || !bytes.Contains(cmdline, []byte(" "+d.dbName+" ")) {
			continue
		}
		if filepath.Base(dir) == fmt.Sprint(self) {
			continue
		}
		total += procCPU(dir)
	}
	return total
}
