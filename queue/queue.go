// Package queue carries raw emails from the pollers to the workers over
// NATS JetStream: one work-queue stream, one durable pull consumer shared by
// every worker, and an object store for emails above the payload limit.
package queue

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Options says where the queue lives.
type Options struct {
	URL     string // NATS server; empty starts an embedded one
	DataDir string // embedded server's JetStream storage
	Prefix  string // names the stream, subject, consumer and bucket
	// AckWait is how long a message handed to a worker that died stays
	// invisible before it is delivered again (default 30s).
	AckWait time.Duration
}

// Names are the JetStream objects a prefix stands for.
type Names struct {
	Stream, Subject, Durable, Bucket string
}

// NamesFor derives every name from one prefix, so test runs and separate
// installations sharing a NATS server keep apart.
func NamesFor(prefix string) Names {
	return Names{
		Stream:  prefix + "_mail",
		Subject: prefix + ".mail",
		Durable: prefix + "_workers",
		Bucket:  prefix + "_raw",
	}
}

const (
	headerMailbox  = "Newsdesk-Mailbox"
	headerObject   = "Newsdesk-Object"   // body is in the object store under this name
	headerOversize = "Newsdesk-Oversize" // original size; only the headers travelled
	headerSize     = "Newsdesk-Size"     // size of the object under headerObject

	// duplicateWindow is how long JetStream remembers a Nats-Msg-Id. The
	// database's unique keys catch repeats after it.
	duplicateWindow = 24 * time.Hour
)

// Queue is a connection to the mail stream.
type Queue struct {
	Names
	AckWait   time.Duration
	nc        *nats.Conn
	js        jetstream.JetStream
	objects   jetstream.ObjectStore
	embedded  *server.Server
	maxInline int
}

// Open connects (or starts the embedded server), then creates or updates
// the stream, consumer and object store, so any process can start first.
func Open(ctx context.Context, o Options) (*Queue, error) {
	q, err := connectQueue(o)
	if err != nil {
		return nil, err
	}
	if err := q.setup(ctx); err != nil {
		q.Close()
		return nil, err
	}
	return q, nil
}

// connectQueue connects to the server (or starts the embedded one) and
// checks its version, creating nothing.
func connectQueue(o Options) (*Queue, error) {
	q := &Queue{Names: NamesFor(o.Prefix), AckWait: o.AckWait}
	if q.AckWait <= 0 {
		q.AckWait = 30 * time.Second
	}
	var err error
	if o.URL == "" {
		q.embedded, err = startEmbedded(filepath.Join(o.DataDir, "nats"))
		if err != nil {
			return nil, err
		}
		q.nc, err = nats.Connect("", nats.InProcessServer(q.embedded), nats.Name("newsdesk"))
	} else {
		q.nc, err = nats.Connect(o.URL, nats.Name("newsdesk"), nats.MaxReconnects(-1))
	}
	if err != nil {
		q.Close()
		return nil, fmt.Errorf("queue: connect: %w", err)
	}
	if err := CheckServerVersion(q.nc.ConnectedServerVersion()); err != nil {
		q.Close()
		return nil, err
	}
	if q.js, err = jetstream.New(q.nc); err != nil {
		q.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	return q, nil
}

func startEmbedded(dir string) (*server.Server, error) {
	s, err := server.NewServer(&server.Options{
		ServerName: "newsdesk-embedded",
		JetStream:  true,
		StoreDir:   dir,
		DontListen: true,
		NoSigs:     true,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: embedded NATS: %w", err)
	}
	s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		return nil, errors.New("queue: embedded NATS did not start within 10s")
	}
	return s, nil
}

func (q *Queue) setup(ctx context.Context) error {
	_, err := q.js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       q.Stream,
		Subjects:   []string{q.Subject},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: duplicateWindow,
	})
	if err != nil {
		return fmt.Errorf("queue: stream %s: %w", q.Stream, err)
	}
	_, err = q.js.CreateOrUpdateConsumer(ctx, q.Stream, jetstream.ConsumerConfig{
		Durable:       q.Durable,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.AckWait,
		MaxDeliver:    -1, // transient failures retry until they pass; permanent ones are stored as failed
		MaxAckPending: 1000,
	})
	if err != nil {
		return fmt.Errorf("queue: consumer %s: %w", q.Durable, err)
	}
	q.objects, err = q.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket:  q.Bucket,
		Storage: jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("queue: object store %s: %w", q.Bucket, err)
	}
	// Leave room for headers under the server's payload limit.
	q.maxInline = int(q.nc.MaxPayload()) - 8<<10
	return nil
}

// Ready reports whether the NATS connection is up.
func (q *Queue) Ready() error {
	if s := q.nc.Status(); s != nats.CONNECTED {
		return fmt.Errorf("queue: NATS connection is %s", s)
	}
	return nil
}

// Close disconnects and stops the embedded server, if any.
func (q *Queue) Close() {
	if q.nc != nil {
		q.nc.Close()
	}
	if q.embedded != nil {
		q.embedded.Shutdown()
		q.embedded.WaitForShutdown()
	}
}

// Mail is one raw email read from a mailbox.
type Mail struct {
	Mailbox     string
	UIDValidity uint32
	UID         uint32
	Raw         []byte
	// Object names the object-store copy of an email too large for a
	// stream message that streamed there (StoreLarge); Raw is then nil and
	// Size its length.
	Object   string
	Size     int64
	Oversize int64  // original size when Raw holds only the headers of an over-size email
	Original string // object-store name of an over-size email's complete bytes (StoreOriginal)
}

// Key identifies the mail's source; it is the Nats-Msg-Id and the
// database's source key, so a repeat is dropped at both.
func (m Mail) Key() string {
	return m.Mailbox + ":" + strconv.FormatUint(uint64(m.UIDValidity), 10) + ":" + strconv.FormatUint(uint64(m.UID), 10)
}

// JetStream is the connection's JetStream context, for publishing's events.
func (q *Queue) JetStream() jetstream.JetStream { return q.js }
