package store

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"newsdesk/draft"
)

// roundTrips counts the statements and batches a pool sends, each one
// round trip to PostgreSQL.
type roundTrips struct{ n atomic.Int64 }

func (c *roundTrips) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	c.n.Add(1)
	return ctx
}
func (c *roundTrips) TraceQueryEnd(context.Context, *pgx.Conn, pgx.TraceQueryEndData) {}
func (c *roundTrips) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	c.n.Add(1)
	return ctx
}
func (c *roundTrips) TraceBatchQuery(context.Context, *pgx.Conn, pgx.TraceBatchQueryData) {}
func (c *roundTrips) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData)     {}

// The worker's save of a batch of new press releases, tagged as
// process.TagDraft does, costs BEGIN, the batch lock and COMMIT for the
// batch and five round trips per email: SAVEPOINT, story candidates, the
// save with the tagged draft, its story and tag rows, RELEASE.
func TestSaveMessagesRoundTrips(t *testing.T) {
	ctx := context.Background()
	base := open(t)
	cfg := base.pool.Config()
	counter := &roundTrips{}
	cfg.ConnConfig.Tracer = counter
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	s := &Store{pool: pool}
	var band atomic.Int64
	tagged := func(ctx context.Context, q Querier) (Tagged, error) {
		bands := []int64{band.Add(1), 7} // every draft shares band 7 with the others
		found, err := StoryCandidates(ctx, q, bands)
		if err != nil {
			return Tagged{}, err
		}
		st := &Story{MinHash: []uint64{1}, Bands: bands}
		if len(found) > 0 {
			st.Cluster = found[0].Cluster
		}
		return Tagged{Tags: draft.Tags{People: []string{"Ada", "Grace"}, Topics: []draft.Topic{{Code: "medtop:1", Source: "rules"}, {Code: "medtop:2", Source: "model"}}}, Story: st}, nil
	}
	const n = 10
	batch := make([]Message, n)
	for i := range batch {
		batch[i] = message(fmt.Sprintf("a:1:%d", i), fmt.Sprintf("<%d@x>", i), fmt.Sprint("body ", i))
		batch[i].Tag = tagged
	}
	if err := pool.Ping(ctx); err != nil { // the connection is made outside the count
		t.Fatal(err)
	}
	counter.n.Store(0)
	saved, err := s.SaveMessages(ctx, batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, sv := range saved {
		if sv.Err != nil || sv.Outcome != Stored {
			t.Fatalf("%d: %+v", i, sv)
		}
	}
	if got, want := counter.n.Load(), int64(3+5*n); got != want {
		t.Errorf("%d round trips for %d emails, want %d", got, n, want)
	}
}
