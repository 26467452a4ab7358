package faults

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"newsdesk/queue"
	"newsdesk/svctest"
)

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}

// email is one delivered email and the outcome it must get.
type email struct {
	id     string
	raw    []byte
	status string
}

// backlog makes n emails: mostly releases, a tenth junk (rejected) and a
// tenth over the 1 MiB size limit (rejected, kept in the object store).
// No input is known to make the worker fail (panic or hang), so the suite
// has no "failed" emails; TestFailingEmailEndsAsFailed covers that path.
func backlog(rng *rand.Rand, from, n int) []email {
	var out []email
	for i := from; i < from+n; i++ {
		id := fmt.Sprintf("fault-%d@suite.example", i)
		switch r := rng.IntN(10); {
		case r == 0:
			// The same unreadable body each time: only the Message-ID tells them apart.
			out = append(out, email{id, fmt.Appendf(nil, "Message-ID: <%s>\r\nContent-Type: application/octet-stream\r\n\r\n\x01\x02\x03\r\n", id), "rejected"})
		case r == 1:
			big := bytes.Repeat([]byte("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\r\n"), 1100<<10/66)
			out = append(out, email{id, slices.Concat(fmt.Appendf(nil, "Message-ID: <%s>\r\nSubject: Big %d\r\n"+
				"Content-Type: text/plain\r\n\r\nLONDON, 2 November 2026 – Photos follow.\r\n", id, i), big), "rejected"})
		default:
			out = append(out, email{id, fmt.Appendf(nil, "From: Press Office <press@ministry.example>\r\nSubject: Bridge %d opens\r\n"+
				"Date: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: <%s>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"+
				"LONDON, 2 November 2026 – The ministry opened bridge number %d today.\r\n\r\nEnds\r\n", i, id, i), "drafted"})
		}
	}
	return out
}

func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("fault suite skipped in -short mode")
	}
	emails, rounds := envInt("FAULTS_EMAILS", 60), envInt("FAULTS_ROUNDS", 6)
	seed := uint64(envInt("FAULTS_SEED", int(time.Now().UnixNano()%1e9)))
	rng := rand.New(rand.NewPCG(seed, 1))
	t.Logf("seed %d (FAULTS_SEED), %d emails, %d faults", seed, emails, rounds)
	ctx := context.Background()

	dir := t.TempDir()
	bin := filepath.Join(dir, "newsdesk")
	if out, err := exec.Command("go", "build", "-o", bin, "newsdesk/cmd/newsdesk").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	natsBin, err := svctest.ModuleNATSBinary()
	if err != nil {
		t.Fatal(err)
	}
	pg := startPostgres(t)
	dove := svctest.StartDovecot(t, map[string]string{"desk": "desk-pass"})
	natsPort := freePort(t)
	natsDir := t.TempDir()
	nats := &proc{name: "nats", start: func() *exec.Cmd {
		return exec.Command(natsBin, "-a", "127.0.0.1", "-p", strconv.Itoa(natsPort), "-js", "-sd", natsDir)
	}}
	nats.run(t)
	t.Cleanup(nats.stop)
	natsURL := fmt.Sprintf("nats://127.0.0.1:%d", natsPort)
	env := append(os.Environ(), "DATABASE_URL="+pg.url(), "NATS_URL="+natsURL, "NEWSDESK_QUEUE=faults",
		"NEWSDESK_IMAP_URL="+dove.URL("desk", "INBOX"), "NEWSDESK_POLL_INTERVAL=1s", "NEWSDESK_FETCH_BATCH=20",
		"NEWSDESK_ACK_WAIT=3s", "NEWSDESK_MAX_MESSAGE_BYTES=1048576")
	role := func(name string, args ...string) *proc {
		p := &proc{name: name, start: func() *exec.Cmd {
			c := exec.Command(bin, append(args, "-http", fmt.Sprintf("127.0.0.1:%d", freePort(t)))...)
			c.Env = env
			return c
		}}
		p.run(t)
		t.Cleanup(p.stop)
		return p
	}
	migrate := exec.Command(bin, "migrate")
	migrate.Env = env
	if out, err := migrate.CombinedOutput(); err != nil {
		t.Fatalf("migrate: %v\n%s", err, out)
	}

	deliver := func(es []email) {
		var raws [][]byte
		for _, e := range es {
			raws = append(raws, e.raw)
		}
		dove.Append(t, "desk", "INBOX", raws)
	}
	sent := backlog(rng, 0, emails*2/3)
	deliver(sent)
	roles := []*proc{role("poll-1", "poll"), role("poll-2", "poll"), role("work-1", "work"), role("work-2", "work")}

	faults := map[string]int{}
	for r := range rounds {
		time.Sleep(time.Duration(300+rng.IntN(1200)) * time.Millisecond)
		if r == rounds/2 { // more mail arrives mid-storm
			more := backlog(rng, len(sent), emails-len(sent))
			deliver(more)
			sent = append(sent, more...)
		}
		switch k := rng.IntN(7); k {
		case 0, 1:
			p := roles[rng.IntN(len(roles))]
			p.kill(t)
			faults["kill -9 "+p.name[:4]]++
		case 2:
			p := roles[rng.IntN(len(roles))]
			p.pause(time.Duration(500+rng.IntN(3000)) * time.Millisecond)
			faults["SIGSTOP "+p.name[:4]]++
		case 3:
			nats.kill(t)
			faults["kill -9 nats"]++
		case 4:
			nats.pause(time.Duration(500+rng.IntN(2000)) * time.Millisecond)
			faults["SIGSTOP nats"]++
		case 5:
			pg.crash(t)
			faults["crash postgres"]++
		case 6:
			dove.Restart(t)
			faults["restart dovecot"]++
		}
	}
	lastFault := time.Now()
	var atLastFault int
	if c, err := pgx.Connect(ctx, pg.url()); err == nil {
		c.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&atLastFault)
		c.Close(ctx)
	}

	// Drain: every email stored, the stream empty, nothing pending.
	db := func() *pgx.Conn {
		for {
			c, err := pgx.Connect(ctx, pg.url())
			if err == nil {
				return c
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	defer db.Close(ctx)
	// NATS may still be starting when the last fault was its kill -9.
	var q *queue.Queue
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		var err error
		if q, err = queue.Attach(ctx, queue.Options{URL: natsURL, Prefix: "faults"}); err == nil {
			break
		} else if time.Now().After(deadline) {
			t.Fatal(err)
		}
	}
	defer q.Close()
	var drained time.Duration
	var stored int
	var state queue.State
	for deadline := time.Now().Add(3 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		db.QueryRow(ctx, `SELECT count(*) FROM messages`).Scan(&stored)
		state, err = q.State(ctx)
		if err == nil && stored >= len(sent) && state.Messages == 0 && state.Unacked == 0 && state.Pending == 0 {
			drained = time.Since(lastFault)
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("not drained 3 min after the last fault: %d of %d stored, queue %+v (%v)", stored, len(sent), state, err)
			break
		}
	}
	time.Sleep(2 * time.Second) // late doubles would land now

	lost, doubled, wrong := 0, 0, 0
	for _, e := range sent {
		var n int
		var status string
		db.QueryRow(ctx, `SELECT count(*), COALESCE(min(status), '') FROM messages WHERE message_id = $1`, e.id).Scan(&n, &status)
		switch {
		case n == 0:
			lost++
		case n > 1:
			doubled++
		case status != e.status:
			wrong++
			t.Errorf("%s (%d bytes): %s, want %s", e.id, len(e.raw), status, e.status)
		}
	}
	var total, sources, drafts int
	db.QueryRow(ctx, `SELECT (SELECT count(*) FROM messages), (SELECT count(*) FROM message_sources), (SELECT count(*) FROM drafts)`).Scan(&total, &sources, &drafts)
	kinds := slices.Sorted(func(yield func(string) bool) {
		for k := range faults {
			if !yield(fmt.Sprintf("%s ×%d", k, faults[k])) {
				return
			}
		}
	})
	t.Logf("emails %d, faults %d (%s); lost %d, doubled %d, wrong outcome %d; rows: messages %d, sources %d, drafts %d; "+
		"%d stored at the last fault, drained %s after it; queue %+v",
		len(sent), rounds, strings.Join(kinds, ", "), lost, doubled, wrong, total, sources, drafts, atLastFault, drained.Round(10*time.Millisecond), state)
	if lost+doubled > 0 || total != len(sent) || sources != len(sent) {
		t.Errorf("lost %d, doubled %d, %d messages and %d sources for %d emails", lost, doubled, total, sources, len(sent))
		for _, p := range append(roles, nats) {
			t.Logf("--- %s log tail:\n%s", p.name, tail(p.log.String(), 3000))
		}
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}
