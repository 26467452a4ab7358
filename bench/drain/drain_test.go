package drain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/jackc/pgx/v5"

	"newsdesk/svctest"
)

// BenchmarkDrain loads DRAIN_N (default 1000) corpus-like emails into
// Dovecot, then, DRAIN_REPEAT times (default 1): measures the I/O floor
// and drains the backlog with each configuration of DRAIN_CONFIGS
// (default "run,work1,work2,work4": `newsdesk run`, or `newsdesk poll`
// next to `newsdesk work -workers K`), each a fresh database and queue.
// Run it with -benchtime=1x; run.sh does.
func BenchmarkDrain(b *testing.B) {
	n := envInt(b, "DRAIN_N", 1000)
	repeat := envInt(b, "DRAIN_REPEAT", 1)
	configs := strings.Split(orDefault(os.Getenv("DRAIN_CONFIGS"), "run,work1,work2,work4"), ",")
	c := loadCorpus(b)
	r := newRig(b)
	tag := svctest.Unique("r")
	msg := func(i int) []byte { return c.email(tag, i) }
	start := time.Now()
	size := r.load(n, msg)
	fmt.Printf("backlog: %d emails, %.1f MB (%d corpus emails in turn), appended in %.1f s; output in %s\n",
		n, float64(size)/1e6, len(c.files), time.Since(start).Seconds(), r.out)
	byConfig := map[string][]float64{}
	for rep := range repeat {
		fl := r.floor(n, msg)
		fmt.Printf("\nrepeat %d: floor %.2f s = UID FETCH %.2f s + COPY %.2f s (load %s)\n",
			rep+1, fl.total().Seconds(), fl.fetch.Seconds(), fl.copy.Seconds(), fl.load)
		fmt.Println(header)
		for _, cfg := range configs {
			res := r.drain(cfg, n, drainTimeout(n))
			fmt.Println(res.row(n, fl))
			fmt.Printf("%-7s | worker seconds by stage, summed over its workers: %s\n", "", res.stages)
			byConfig[cfg] = append(byConfig[cfg], res.elapsed.Seconds()/fl.total().Seconds())
			b.ReportMetric(float64(n)/res.elapsed.Seconds(), cfg+"-emails/s")
		}
	}
	for _, cfg := range configs {
		ratios := byConfig[cfg]
		slices.Sort(ratios)
		b.ReportMetric(ratios[len(ratios)/2], cfg+"-ratio-median")
	}
}

// TestDrainHarness drains a small backlog with `run` and split roles and
// checks what the benchmark relies on: exact counts, per-role CPU and a
// readable profile.
func TestDrainHarness(t *testing.T) {
	c := loadCorpus(t)
	r := newRig(t)
	n := len(c.files) + 3 // every corpus email, and a second round
	msg := func(i int) []byte { return c.email("harness", i) }
	r.load(n, msg)
	fl := r.floor(n, msg)
	if fl.fetch <= 0 || fl.copy <= 0 {
		t.Fatalf("floor %+v: both parts must take time", fl)
	}
	for _, cfg := range []string{"run", "work2"} {
		res := r.drain(cfg, n, drainTimeout(n))
		t.Log(header)
		t.Log(res.row(n, fl))
		if res.stages == "" {
			t.Errorf("%s: the worker logged no seconds by stage", cfg)
		}
		if len(res.roles) == 0 || res.roles[len(res.roles)-1].cpu <= 0 {
			t.Errorf("%s: no CPU time measured for %v", cfg, res.roles)
		}
		if fi, err := os.Stat(res.profile); err != nil || fi.Size() == 0 {
			t.Errorf("%s: no CPU profile at %q: %v", cfg, res.profile, err)
		}
	}
}

const header = "config  | drain s | × floor | emails/s | CPU s by role: own+children  | PG backends CPU s | ms CPU/email (newsdesk + PG) | PG commits/email | machine busy | load 1m before → after"

// result is one configuration's drain.
type result struct {
	config  string
	elapsed time.Duration
	roles   []roleUsage
	pg      time.Duration
	commits int64 // transactions committed in the deployment's database
	busy    float64
	before  string
	after   string
	profile string // the worker's CPU profile
	stages  string // where the worker's time went, by its own log
}

type roleUsage struct {
	role string
	own  time.Duration // the newsdesk process alone, without pdftotext
	usage
}

func (res result) row(n int, fl floor) string {
	var roles []string
	var cpu time.Duration
	for _, r := range res.roles {
		roles = append(roles, fmt.Sprintf("%s %.1f+%.1f", r.role, r.own.Seconds(), (r.cpu-r.own).Seconds()))
		cpu += r.cpu
	}
	perEmail := func(d time.Duration) float64 { return d.Seconds() * 1000 / float64(n) }
	return fmt.Sprintf("%-7s | %7.2f | %7.1f | %8.0f | %-28s | %17.1f | %.2f + %.2f | %16.2f | %11.0f%% | %s → %s",
		res.config, res.elapsed.Seconds(), res.elapsed.Seconds()/fl.total().Seconds(), float64(n)/res.elapsed.Seconds(),
		strings.Join(roles, ", "), res.pg.Seconds(), perEmail(cpu), perEmail(res.pg), float64(res.commits)/float64(n), res.busy*100, res.before, res.after)
}

// drain runs one configuration on a fresh database and queue and times it
// from the processes' start to the last email stored.
func (r *rig) drain(cfg string, n int, timeout time.Duration) result {
	r.tb.Helper()
	d := r.deploy(cfg)
	res := result{config: cfg}
	before := snapshot()
	start := time.Now()
	var worker *proc
	switch {
	case cfg == "run":
		worker = d.start(true, true, "run")
	case strings.HasPrefix(cfg, "work"):
		k, err := strconv.Atoi(strings.TrimPrefix(cfg, "work"))
		if err != nil {
			r.tb.Fatalf("drain: config %q: want run or workK", cfg)
		}
		d.start(false, false, "poll")
		worker = d.start(false, true, "work", "-workers", strconv.Itoa(k))
	default:
		r.tb.Fatalf("drain: config %q: want run or workK", cfg)
	}
	if err := d.waitStored(n, timeout); err != nil {
		r.tb.Fatal(err)
	}
	res.elapsed = time.Since(start)
	after := snapshot()
	res.busy, res.before, res.after = after.busySince(before), before.load1(), after.load1()
	res.pg = d.backendCPU()
	res.profile = worker.profile
	for _, p := range d.procs {
		// Its own CPU time before it stops; rusage after adds the children
		// it waited for (pdftotext).
		own := procCPU(fmt.Sprintf("/proc/%d", p.cmd.Process.Pid))
		u, err := p.stop()
		if err != nil {
			r.tb.Fatal(err)
		}
		res.roles = append(res.roles, roleUsage{role: strings.Fields(p.role)[0], own: own, usage: u})
	}
	res.commits = d.commits()
	res.stages = stagesLogged(worker.log)
	return res
}

// stagesLogged returns the attributes of the line process.Worker logs as
// it stops ("pull=… memory=… …"), or "" when there is none.
func stagesLogged(log string) string {
	b, _ := os.ReadFile(log)
	const msg = `msg="process: seconds by stage, summed over workers" `
	i := bytes.LastIndex(b, []byte(msg))
	if i < 0 {
		return ""
	}
	line, _, _ := bytes.Cut(b[i+len(msg):], []byte("\n"))
	return string(line)
}

// floor is the I/O a drain cannot avoid, measured on the same backlog:
// reading every message once over IMAP and writing the same bytes to
// PostgreSQL in one COPY.
type floor struct {
	fetch, copy time.Duration
	load        string
}

func (f floor) total() time.Duration { return f.fetch + f.copy }

func (r *rig) floor(n int, msg func(i int) []byte) floor {
	r.tb.Helper()
	fl := floor{load: snapshot().load1()}
	c, err := imapclient.DialInsecure(r.dove.Addr, nil)
	if err != nil {
		r.tb.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("desk", "desk-pw").Wait(); err != nil {
		r.tb.Fatal(err)
	}
	start := time.Now()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		r.tb.Fatal(err)
	}
	cmd := c.Fetch(imap.UIDSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}})
	got := 0
	for m := cmd.Next(); m != nil; m = cmd.Next() {
		for item := m.Next(); item != nil; item = m.Next() {
			if body, ok := item.(imapclient.FetchItemDataBodySection); ok {
				io.Copy(io.Discard, body.Literal)
				got++
			}
		}
	}
	if err := cmd.Close(); err != nil || got != n {
		r.tb.Fatalf("drain: floor fetch: %d of %d messages, %v", got, n, err)
	}
	fl.fetch = time.Since(start)

	// A scratch table in a database of its own; the messages table's raw
	// column is bytea too. One COPY commits once, as a batch import would.
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, svctest.Postgres(r.tb))
	if err != nil {
		r.tb.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE TABLE floor_copy (id int PRIMARY KEY, raw bytea NOT NULL)`); err != nil {
		r.tb.Fatal(err)
	}
	start = time.Now()
	i := 0
	rows := pgx.CopyFromFunc(func() ([]any, error) {
		if i == n {
			return nil, nil
		}
		i++
		return []any{i, msg(i - 1)}, nil
	})
	if copied, err := conn.CopyFrom(ctx, pgx.Identifier{"floor_copy"}, []string{"id", "raw"}, rows); err != nil || copied != int64(n) {
		r.tb.Fatalf("drain: floor copy: %d of %d rows, %v", copied, n, err)
	}
	fl.copy = time.Since(start)
	return fl
}

// drainTimeout allows 40 ms per corpus email on top of a minute, ten
// times what a drain on a loaded machine took.
func drainTimeout(n int) time.Duration { return time.Minute + time.Duration(n)*200*time.Millisecond }

func envInt(tb testing.TB, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		tb.Fatalf("drain: %s=%q: want a positive whole number", name, v)
	}
	return n
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}
