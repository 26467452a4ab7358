package ingest

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// These benchmarks run against real Dovecot, PostgreSQL and an embedded
// JetStream; run them with -benchtime=1x (each does a fixed amount of work):
//
//	go test ./ingest -run '^$' -bench . -benchtime=1x

// BenchmarkIdleLatency measures APPEND-to-published latency with IDLE over
// 200 messages delivered one at a time.
func BenchmarkIdleLatency(b *testing.B) {
	r := newRigTB(b, false)
	mb := r.mailbox("desk", "INBOX")
	r.run(r.poller(mb))
	r.waitState(mb.Name, "idle")
	c := r.client("desk", "desk-pw")
	const n = 200
	lat := make([]time.Duration, 0, n)
	for i := range n {
		before := r.queued(mb.Name)
		raw := release("latency", i)
		start := time.Now()
		appendMsg(b, c, raw)
		for r.queued(mb.Name) == before {
			time.Sleep(100 * time.Microsecond)
		}
		lat = append(lat, time.Since(start))
		r.waitState(mb.Name, "idle") // the next release arrives at a settled poller
		time.Sleep(20 * time.Millisecond)
	}
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(lat[n/2]), "p50-ms")
	b.ReportMetric(ms(lat[n*90/100]), "p90-ms")
	b.ReportMetric(ms(lat[n*99/100]), "p99-ms")
	b.ReportMetric(ms(lat[n-1]), "max-ms")
}

// BenchmarkBacklogDrain measures how fast the poller alone moves a
// 10,000-message backlog into JetStream, next to the floor: one plain UID
// FETCH of the same messages that discards the bytes.
func BenchmarkBacklogDrain(b *testing.B) {
	r := newRigTB(b, false) // no workers: the poller alone
	mb := r.mailbox("desk", "INBOX")
	const n = 10000
	c := r.client("desk", "desk-pw")
	msgs := make([][]byte, n)
	size := 0
	for i := range msgs {
		msgs[i] = bigRelease(i)
		size += len(msgs[i])
	}
	for _, m := range msgs {
		appendMsg(b, c, m)
	}
	b.Logf("mailbox: %d messages, %.1f MB", n, float64(size)/1e6)

	start := time.Now()
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		b.Fatal(err)
	}
	cmd := c.Fetch(imap.UIDSet{{Start: 1, Stop: 0}}, &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}})
	got := 0
	for msg := cmd.Next(); msg != nil; msg = cmd.Next() {
		for item := msg.Next(); item != nil; item = msg.Next() {
			if body, ok := item.(imapclient.FetchItemDataBodySection); ok {
				io.Copy(io.Discard, body.Literal)
				got++
			}
		}
	}
	if err := cmd.Close(); err != nil || got != n {
		b.Fatalf("raw fetch: %d messages, %v", got, err)
	}
	floor := float64(n) / time.Since(start).Seconds()

	start = time.Now()
	p := r.poller(mb)
	p.Batch = 50 // the default
	r.run(p)
	for r.queued(mb.Name) < n {
		time.Sleep(time.Millisecond)
	}
	poller := float64(n) / time.Since(start).Seconds()
	b.ReportMetric(floor, "raw-fetch-msg/s")
	b.ReportMetric(poller, "poller-msg/s")
	b.ReportMetric(poller/floor, "ratio")
}

// bigRelease is a press release of realistic size (about 4 KB).
func bigRelease(i int) []byte {
	body := strings.Repeat("The ministry said the contract covers design, build and ten years of support. ", 50)
	return fmt.Appendf(nil, "From: Press Office <press@ministry.example>\r\nTo: news@desk.example\r\n"+
		"Subject: Backlog release %d\r\nDate: Mon, 02 Nov 2026 10:00:00 +0000\r\nMessage-ID: <backlog-%d@ministry.example>\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\nLONDON, 2 November 2026 – %s\r\n", i, i, body)
}

func (r *rig) client(user, pass string) *imapclient.Client {
	r.t.Helper()
	c, err := imapclient.DialInsecure(r.dove.Addr, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	if err := c.Login(user, pass).Wait(); err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { c.Close() })
	return c
}

func appendMsg(tb testing.TB, c *imapclient.Client, raw []byte) {
	cmd := c.Append("INBOX", int64(len(raw)), nil)
	cmd.Write(raw)
	cmd.Close()
	if _, err := cmd.Wait(); err != nil {
		tb.Fatal(err)
	}
}
