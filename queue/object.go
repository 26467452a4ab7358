package queue

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/nats-io/nuid"
)

const (
	// objectChunk is the size of one object-store chunk: the object
	// store's own default.
	objectChunk = 128 << 10
	// objectWindow is how many of an object's chunks may be sent and not
	// yet acknowledged (512 KiB). The object store's Put sends every chunk
	// without waiting, and the embedded server holds what it has not yet
	// written: tens of megabytes while a large email streams in.
	objectWindow = 4
	// objectAckTime bounds the wait for one chunk's acknowledgement
	// (the object store's Put gives each 5 s, short on a loaded machine).
	objectAckTime = 30 * time.Second
	// purgeTime bounds removing a failed or replaced object's chunks,
	// which must happen even after ctx ended.
	purgeTime = 10 * time.Second
)

// putObject streams r into the object store under name, as the object
// store's Put does (chunks on a subject of their own, then the object's
// description, which the reader needs, on its name's subject), but with at
// most objectWindow chunks unacknowledged, so the server buffers half a
// megabyte of it at a time. An object already under name is replaced.
func (q *Queue) putObject(ctx context.Context, name string, r io.Reader) (*jetstream.ObjectInfo, error) {
	old, err := q.objects.GetInfo(ctx, name, jetstream.GetObjectInfoShowDeleted())
	if err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
		return nil, err
	}
	info := &jetstream.ObjectInfo{
		ObjectMeta: jetstream.ObjectMeta{Name: name, Opts: &jetstream.ObjectMetaOptions{ChunkSize: objectChunk}},
		Bucket:     q.Bucket,
		NUID:       nuid.Next(),
	}
	subject := q.chunkSubject(info.NUID)
	if err := q.putChunks(ctx, subject, r, info); err != nil {
		q.purgeChunks(ctx, subject)
		return nil, err
	}
	meta := nats.NewMsg("$O." + q.Bucket + ".M." + base64.URLEncoding.EncodeToString([]byte(name)))
	meta.Header.Set(jetstream.MsgRollup, jetstream.MsgRollupSubject)
	if meta.Data, err = json.Marshal(info); err == nil {
		_, err = q.js.PublishMsg(ctx, meta)
	}
	if err != nil {
		q.purgeChunks(ctx, subject)
		return nil, err
	}
	if old != nil && !old.Deleted {
		q.purgeChunks(ctx, q.chunkSubject(old.NUID))
	}
	return info, nil
}

// putChunks sends r in chunks on subject, waiting for the oldest
// acknowledgement whenever objectWindow are outstanding, and records the
// object's size, chunk count and digest in info. It returns once every
// chunk it sent was acknowledged or failed, so a purge after it finds them
// all.
func (q *Queue) putChunks(ctx context.Context, subject string, r io.Reader, info *jetstream.ObjectInfo) (err error) {
	var window []jetstream.PubAckFuture
	timer := time.NewTimer(objectAckTime)
	defer timer.Stop()
	// oldest waits for window[0] and drops it; a nil done waits on.
	oldest := func(done <-chan struct{}) error {
		fut := window[0]
		window = window[1:]
		timer.Reset(objectAckTime)
		select {
		case <-fut.Ok():
			return nil
		case err := <-fut.Err():
			return err
		case <-timer.C:
			return fmt.Errorf("no acknowledgement within %s", objectAckTime)
		case <-done:
			return ctx.Err()
		}
	}
	// The chunks in flight are waited for even after ctx ended: a purge
	// that ran before the server stored them would leave them behind.
	defer func() {
		for len(window) > 0 {
			if werr := oldest(nil); err == nil {
				err = werr
			}
		}
	}()
	// A chunk's message and bytes stay its own until its acknowledgement:
	// the client sends them again on a "no responders" reply. With at most
	// objectWindow chunks outstanding, objectWindow+1 buffers in turn
	// never overwrite one that may be sent again.
	h, bufs := sha256.New(), make([][]byte, objectWindow+1)
	for k := 0; ; k++ {
		buf := bufs[k%len(bufs)]
		if buf == nil {
			buf = make([]byte, objectChunk)
			bufs[k%len(bufs)] = buf
		}
		n, rerr := io.ReadFull(r, buf)
		if n > 0 {
			if len(window) == objectWindow {
				if err := oldest(ctx.Done()); err != nil {
					return err
				}
			}
			m := &nats.Msg{Subject: subject, Data: buf[:n]}
			h.Write(m.Data)
			fut, err := q.js.PublishMsgAsync(m)
			if err != nil {
				return err
			}
			window = append(window, fut)
			info.Size += uint64(n)
			info.Chunks++
		}
		if rerr == io.EOF || rerr == io.ErrUnexpectedEOF {
			break
		}
		if rerr != nil {
			return rerr
		}
	}
	info.Digest = jetstream.GetObjectDigestValue(h)
	return nil
}

func (q *Queue) chunkSubject(id string) string { return "$O." + q.Bucket + ".C." + id }

// purgeChunks removes the chunks on subject, best effort: chunks left by a
// failure are only space.
func (q *Queue) purgeChunks(ctx context.Context, subject string) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), purgeTime)
	defer cancel()
	if s, err := q.js.Stream(ctx, "OBJ_"+q.Bucket); err == nil {
		s.Purge(ctx, jetstream.WithPurgeSubject(subject))
	}
}
