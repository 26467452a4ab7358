package queue

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"

	"github.com/nats-io/nats.go/jetstream"
)

// headerOriginal names the object holding the complete bytes of an
// over-size email; unlike headerObject it outlives the ack, because the
// stored message refers to it.
const headerOriginal = "Newsdesk-Original"

// maxHeaderBlock bounds the header block kept in memory while an
// over-size email streams past (go-message's own header limit).
const maxHeaderBlock = 1 << 20

// OriginalName is the object-store name of the complete bytes of the
// over-size email read from source key.
func OriginalName(key string) string { return "original/" + key }

// StoreOriginal streams an over-size email into the object store under
// OriginalName(key), holding no more than its header block in memory, and
// returns that header block: what travels on the stream.
func (q *Queue) StoreOriginal(ctx context.Context, key string, r io.Reader) (head []byte, size int64, err error) {
	c := &headerCapture{}
	info, err := q.putObject(ctx, OriginalName(key), io.TeeReader(r, c))
	if err != nil {
		return nil, 0, fmt.Errorf("queue: store over-size mail %s: %w", key, err)
	}
	return c.head(), int64(info.Size), nil
}

// Original returns the object-store name of the complete email behind a
// header-only delivery, or "".
func Original(msg jetstream.Msg) string { return msg.Headers().Get(headerOriginal) }

// OversizeBytes is the original size of a header-only delivery, or 0.
func OversizeBytes(msg jetstream.Msg) int64 {
	n, _ := strconv.ParseInt(msg.Headers().Get(headerOversize), 10, 64)
	return n
}

// OpenOriginal reads back the complete bytes of an over-size email.
func (q *Queue) OpenOriginal(ctx context.Context, name string) (io.ReadCloser, error) {
	r, err := q.objects.Get(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("queue: read over-size mail %s: %w", name, err)
	}
	return r, nil
}

// DeleteOriginal removes an over-size email's bytes that no stored message
// refers to (a second copy of an email stored before).
func (q *Queue) DeleteOriginal(ctx context.Context, name string) error {
	if err := q.objects.Delete(ctx, name); err != nil {
		return fmt.Errorf("queue: delete over-size mail %s: %w", name, err)
	}
	return nil
}

// headerCapture keeps the bytes written to it up to the end of the header
// block, or maxHeaderBlock.
type headerCapture struct {
	buf  []byte
	done bool
}

func (c *headerCapture) Write(p []byte) (int, error) {
	if !c.done {
		from := max(len(c.buf)-3, 0)
		c.buf = append(c.buf, p[:min(len(p), maxHeaderBlock-len(c.buf))]...)
		if end := headerEnd(c.buf, from); end >= 0 {
			c.buf, c.done = c.buf[:end], true
		} else if len(c.buf) >= maxHeaderBlock {
			c.done = true
		}
	}
	return len(p), nil
}

func (c *headerCapture) head() []byte { return c.buf }

// headerEnd is the index just past the blank line ending the header block
// ("\n\n" or "\n\r\n"), searching from from, or -1.
func headerEnd(b []byte, from int) int {
	end := -1
	for _, sep := range []string{"\n\n", "\n\r\n"} {
		if i := bytes.Index(b[from:], []byte(sep)); i >= 0 && (end < 0 || from+i+len(sep) < end) {
			end = from + i + len(sep)
		}
	}
	return end
}
