package ingest

import (
	"bytes"
	"context"
	"runtime"
	"testing"
	"time"

	"newsdesk/queue"
	"newsdesk/svctest"
)

// A large email streams from the IMAP connection into the object store:
// the poller allocates far less than the email while queuing it. (Before,
// it read the email whole, then published it: about three times its size.)
// The queue is a separate nats-server, so its copies are not counted.
func TestLargeMailStreamsThrough(t *testing.T) {
	const size = 24 << 20
	ctx := context.Background()
	r := newRigTB(t, false)
	q, err := queue.Open(ctx, queue.Options{URL: svctest.NATS(t), Prefix: svctest.Unique("ingest")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		js := q.JetStream()
		js.DeleteStream(ctx, q.Stream)
		js.DeleteObjectStore(ctx, q.Bucket)
		q.Close()
	})
	r.q = q
	body := bytes.Repeat([]byte("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2\r\n"), size/66)
	email := append([]byte("Message-ID: <large@ministry.example>\r\nSubject: photos\r\n"+
		"Content-Type: application/zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"), body...)
	r.dove.Deliver(t, "desk", "INBOX", email)

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r.run(r.poller(r.mailbox("desk", "INBOX")))
	r.waitFor("the email queued", 2*time.Minute, func() bool { return r.queued("desk@127.0.0.1/INBOX") == 1 })
	runtime.ReadMemStats(&after)
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("allocated %.1f MB while queuing a %.1f MB email", float64(alloc)/(1<<20), float64(len(email))/(1<<20))
	if alloc > uint64(len(email))/4 {
		t.Errorf("allocated %d bytes while queuing an email of %d: it was held whole", alloc, len(email))
	}
}
