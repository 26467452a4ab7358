package drain

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2/imapclient"

	"newsdesk/store"
)

// BenchmarkIdleLatency appends DRAIN_LAT_N (default 100) corpus emails one
// at a time to an idle `newsdesk run`, each once the poller is back in
// IDLE, and measures from the start of the APPEND to (a) the EXISTS a bare
// IDLE client of our own receives — Dovecot's notification delay, which
// newsdesk cannot change — and (b) the email's row in PostgreSQL, polled
// directly. (b) − (a) is newsdesk's own share.
func BenchmarkIdleLatency(b *testing.B) {
	n := envInt(b, "DRAIN_LAT_N", 100)
	c := loadCorpus(b)
	r := newRig(b)
	d := r.deploy("latency")
	d.start(true, false, "run")
	ctx := context.Background()
	st, err := store.Open(ctx, d.dbURL)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	exists := r.idleClient(b)
	appender, err := imapclient.DialInsecure(r.dove.Addr, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer appender.Close()
	if err := appender.Login("desk", "desk-pw").Wait(); err != nil {
		b.Fatal(err)
	}
	var notify, stored, ours []time.Duration
	seen := uint32(0)
	for i := range n {
		waitIdle(b, st)
		time.Sleep(20 * time.Millisecond) // the poller settled in IDLE
		raw := c.email("latency", i)
		start := time.Now()
		cmd := appender.Append("INBOX", int64(len(raw)), nil)
		cmd.Write(raw)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			b.Fatal(err)
		}
		var tNotify, tStored time.Duration
		for deadline := start.Add(30 * time.Second); tNotify == 0 || tStored == 0; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				b.Fatalf("drain: email %d: not notified or stored after 30 s", i)
			}
			select {
			case seen = <-exists:
			default:
			}
			if tNotify == 0 && seen >= uint32(i+1) {
				tNotify = time.Since(start)
			}
			if tStored == 0 {
				if got, err := d.stored(ctx); err == nil && got >= i+1 {
					tStored = time.Since(start)
				}
			}
		}
		notify, stored, ours = append(notify, tNotify), append(stored, tStored), append(ours, tStored-tNotify)
	}
	fmt.Printf("%d emails appended one at a time to an idle `newsdesk run`\n", n)
	fmt.Println("from the APPEND to                                  |   p50 ms |   p90 ms |   p99 ms |   max ms")
	for _, row := range []struct {
		name string
		d    []time.Duration
	}{
		{"EXISTS at a bare IDLE client (Dovecot's delay)", notify},
		{"row in PostgreSQL (end to end)", stored},
		{"newsdesk's share (row − EXISTS)", ours},
	} {
		slices.Sort(row.d)
		ms := func(q int) float64 { return float64(row.d[min(len(row.d)-1, len(row.d)*q/100)].Microseconds()) / 1000 }
		fmt.Printf("%-51s | %8.1f | %8.1f | %8.1f | %8.1f\n", row.name, ms(50), ms(90), ms(99), ms(100))
	}
	slices.Sort(ours)
	b.ReportMetric(float64(ours[len(ours)*99/100].Microseconds())/1000, "own-p99-ms")
}

// idleClient logs in, selects INBOX and idles; the channel receives the
// message count of every EXISTS.
func (r *rig) idleClient(tb testing.TB) <-chan uint32 {
	tb.Helper()
	exists := make(chan uint32, 1000)
	c, err := imapclient.DialInsecure(r.dove.Addr, &imapclient.Options{
		UnilateralDataHandler: &imapclient.UnilateralDataHandler{
			Mailbox: func(data *imapclient.UnilateralDataMailbox) {
				if data.NumMessages != nil {
					exists <- *data.NumMessages
				}
			},
		},
	})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	if err := c.Login("desk", "desk-pw").Wait(); err != nil {
		tb.Fatal(err)
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		tb.Fatal(err)
	}
	idle, err := c.Idle()
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { idle.Close() })
	return exists
}

// waitIdle waits until every poller reports itself idle.
func waitIdle(tb testing.TB, st *store.Store) {
	tb.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
		all, err := st.MailboxStatuses(context.Background())
		if err == nil && len(all) > 0 && all[0].State == "idle" {
			return
		}
	}
	tb.Fatal("drain: the poller did not return to idle within 30 s")
}
