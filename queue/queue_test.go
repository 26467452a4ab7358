package queue

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strconv"
	"testing"
	"testing/iotest"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"newsdesk/svctest"
)

// openEmbedded starts the in-process server `newsdesk run` uses.
func openEmbedded(t *testing.T) *Queue {
	t.Helper()
	q, err := Open(context.Background(), Options{DataDir: t.TempDir(), Prefix: "newsdesk"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

// openShared connects to the local nats-server under a unique prefix and
// removes what it created afterwards.
func openShared(t *testing.T) *Queue {
	t.Helper()
	url := svctest.NATS(t)
	q, err := Open(context.Background(), Options{URL: url, Prefix: svctest.Unique("qtest")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		q.js.DeleteStream(ctx, q.Stream)
		q.js.DeleteObjectStore(ctx, q.Bucket)
		q.Close()
	})
	return q
}

func next(t *testing.T, q *Queue) jetstream.Msg {
	t.Helper()
	c, err := q.Consumer(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	batch, err := c.Fetch(1, jetstream.FetchMaxWait(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	for msg := range batch.Messages() {
		return msg
	}
	t.Fatalf("no message: %v", batch.Error())
	return nil
}

func TestPublishConsume(t *testing.T) {
	for name, open := range map[string]func(*testing.T) *Queue{"embedded": openEmbedded, "nats-server": openShared} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			q := open(t)
			small := Mail{Mailbox: "desk", UIDValidity: 7, UID: 1, Raw: []byte("Subject: hi\r\n\r\nbody")}
			large := Mail{Mailbox: "desk", UIDValidity: 7, UID: 2, Raw: bytes.Repeat([]byte("x"), 3<<20)}
			for _, m := range []Mail{small, large} {
				if dup, err := q.Publish(ctx, m); err != nil || dup {
					t.Fatalf("publish %s: dup=%v err=%v", m.Key(), dup, err)
				}
			}
			if dup, err := q.Publish(ctx, small); err != nil || !dup {
				t.Fatalf("republish: dup=%v err=%v; want a duplicate", dup, err)
			}
			for _, want := range []Mail{small, large} {
				msg := next(t, q)
				if Key(msg) != want.Key() {
					t.Fatalf("key %q, want %q", Key(msg), want.Key())
				}
				if Size(msg) != int64(len(want.Raw)) {
					t.Errorf("%s: Size %d, want %d", want.Key(), Size(msg), len(want.Raw))
				}
				raw, err := q.Raw(ctx, msg)
				if err != nil || !bytes.Equal(raw, want.Raw) {
					t.Fatalf("%s: %d bytes, err %v; want %d bytes", want.Key(), len(raw), err, len(want.Raw))
				}
				if err := msg.Ack(); err != nil {
					t.Fatal(err)
				}
				if err := q.Release(ctx, msg); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := q.objects.GetInfo(ctx, large.Key()); err == nil {
				t.Error("large mail still in the object store after release")
			}
			if err := q.Ready(); err != nil {
				t.Error(err)
			}
		})
	}
}

// A large email streamed into the object store (as the poller does) comes
// back whole, with its size known before it is read.
func TestStoreLarge(t *testing.T) {
	ctx := context.Background()
	q := openEmbedded(t)
	raw := bytes.Repeat([]byte("0123456789abcdef"), 200_000) // 3.2 MB, above the payload limit
	m := Mail{Mailbox: "desk", UIDValidity: 7, UID: 3}
	size, err := q.StoreLarge(ctx, m.Key(), iotest.OneByteReader(bytes.NewReader(raw[:1000])))
	if err != nil || size != 1000 {
		t.Fatalf("stored %d bytes, %v", size, err)
	}
	// Stored again under the same key (a retried fetch): the new bytes win.
	if size, err = q.StoreLarge(ctx, m.Key(), bytes.NewReader(raw)); err != nil || size != int64(len(raw)) {
		t.Fatalf("stored %d bytes, %v", size, err)
	}
	m.Object, m.Size = m.Key(), size
	if _, err := q.Publish(ctx, m); err != nil {
		t.Fatal(err)
	}
	msg := next(t, q)
	if len(msg.Data()) != 0 || Size(msg) != int64(len(raw)) {
		t.Errorf("stream message carries %d bytes and Size %d; want a reference to %d bytes", len(msg.Data()), Size(msg), len(raw))
	}
	got, err := q.Raw(ctx, msg)
	if err != nil || !bytes.Equal(got, raw) {
		t.Fatalf("read back %d bytes, %v; want %d", len(got), err, len(raw))
	}
	if err := q.Release(ctx, msg); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Raw(ctx, msg); err == nil {
		t.Error("object still readable after release")
	}
}

func TestOversizeHeader(t *testing.T) {
	ctx := context.Background()
	q := openEmbedded(t)
	if _, err := q.Publish(ctx, Mail{Mailbox: "d", UIDValidity: 1, UID: 9, Raw: []byte("Subject: big\r\n\r\n"), Oversize: 60 << 20}); err != nil {
		t.Fatal(err)
	}
	msg := next(t, q)
	if r := Oversize(msg); r == "" {
		t.Error("oversize mail not marked")
	}
}

func TestEmbeddedKeepsMessagesAcrossRestart(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	q, err := Open(ctx, Options{DataDir: dir, Prefix: "newsdesk"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := q.Publish(ctx, Mail{Mailbox: "d", UIDValidity: 1, UID: 1, Raw: []byte("Subject: x\r\n\r\ny")}); err != nil {
		t.Fatal(err)
	}
	q.Close()
	q, err = Open(ctx, Options{DataDir: dir, Prefix: "newsdesk"})
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if msg := next(t, q); Key(msg) != "d:1:1" {
		t.Errorf("after restart got %q", Key(msg))
	}
}

// chunkCounter hands out an object chunk per Read and, when it reaches
// the end, counts the chunks the server has stored: with the publish
// window, all but the last objectWindow were acknowledged before the last
// was sent.
type chunkCounter struct {
	q            *Queue
	left, handed int
	stored       uint64
}

func (c *chunkCounter) Read(b []byte) (int, error) {
	if c.left == 0 {
		s, err := c.q.js.Stream(context.Background(), "OBJ_"+c.q.Bucket)
		if err != nil {
			return 0, err
		}
		c.stored = s.CachedInfo().State.Msgs
		return 0, io.EOF
	}
	n := min(len(b), objectChunk, c.left)
	for i := range b[:n] {
		b[i] = byte(c.handed + i)
	}
	c.left -= n
	c.handed++
	return n, nil
}

func TestStoreLargeBoundsUnstoredChunks(t *testing.T) {
	ctx := context.Background()
	q := openEmbedded(t)
	c := &chunkCounter{q: q, left: 256 * objectChunk}
	size, err := q.StoreLarge(ctx, "desk:1:1", c)
	if err != nil || size != 256*objectChunk {
		t.Fatalf("stored %d bytes, %v", size, err)
	}
	if ahead := c.handed - int(c.stored); ahead > objectWindow {
		t.Errorf("%d chunks sent and not yet stored; the window is %d", ahead, objectWindow)
	}
	// The object store's own reader reads it back, digest checked, with
	// the time the worker gives it (GetBytes's default 5 s runs out on
	// 32 MiB under the race detector on a loaded machine).
	got, err := q.readLarge(ctx, "desk:1:1")
	if err != nil || len(got) != int(size) {
		t.Fatalf("read back %d bytes, %v", len(got), err)
	}
}

// A read that fails midway leaves no chunks behind and no object.
func TestStoreLargeFailedReadLeavesNothing(t *testing.T) {
	ctx := context.Background()
	q := openEmbedded(t)
	r := io.MultiReader(bytes.NewReader(make([]byte, 10*objectChunk)), iotest.ErrReader(errors.New("connection reset")))
	if _, err := q.StoreLarge(ctx, "desk:1:2", r); err == nil {
		t.Fatal("stored an object from a failed read")
	}
	s, err := q.js.Stream(ctx, "OBJ_"+q.Bucket)
	if err != nil {
		t.Fatal(err)
	}
	if n := s.CachedInfo().State.Msgs; n != 0 {
		t.Errorf("%d messages left in the object store", n)
	}
	if _, err := q.objects.GetInfo(ctx, "desk:1:2"); err == nil {
		t.Error("object exists after a failed read")
	}
}

// cancelAt hands out chunks and cancels the store's context as it hands
// out chunk n, the way a poller's shutdown ends an upload midway.
type cancelAt struct {
	cancel  context.CancelFunc
	n, left int
}

func (c *cancelAt) Read(b []byte) (int, error) {
	if c.left == 0 {
		return 0, io.EOF
	}
	c.n--
	if c.n == 0 {
		c.cancel()
	}
	n := min(len(b), objectChunk)
	c.left--
	return n, nil
}

// A store cut short by its context leaves no chunks behind: those sent
// before the cancellation are purged once the server has them, not while
// they may still be on their way.
func TestStoreLargeCancelledLeavesNothing(t *testing.T) {
	q := openEmbedded(t)
	s, err := q.js.Stream(context.Background(), "OBJ_"+q.Bucket)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		ctx, cancel := context.WithCancel(context.Background())
		key := "desk:1:" + strconv.Itoa(i)
		if _, err := q.StoreLarge(ctx, key, &cancelAt{cancel: cancel, n: 3, left: 3}); err == nil {
			t.Fatalf("%s: stored under a cancelled context", key)
		}
		cancel()
	}
	time.Sleep(200 * time.Millisecond) // chunks still on their way land
	info, err := s.Info(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if n := info.State.Msgs; n != 0 {
		t.Errorf("%d chunks left in the object store by cancelled stores", n)
	}
}
