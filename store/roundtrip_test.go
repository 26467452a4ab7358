package store

import (
	"context"
	"fmt"
	"net"
	"sync/atomic"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"newsdesk/draft"
)

// roundTrips counts the requests a connection writes, each one round
// trip to PostgreSQL: pgconn buffers a request's messages and writes them
// at once (a statement, a pipelined batch), whichever API sent them.
type roundTrips struct {
	net.Conn
	n *atomic.Int64
}

func (c roundTrips) Write(b []byte) (int, error) {
	c.n.Add(1)
	return c.Conn.Write(b)
}

// The worker's save of a batch of new press releases, tagged as
// process.TagDraft does, costs BEGIN, the story locks, folding the tab
// counts and COMMIT for the batch and five round trips per email:
// SAVEPOINT, story candidates, the save with the tagged draft, its story
// and tag rows, RELEASE.
func TestSaveMessagesRoundTrips(t *testing.T) {
	ctx := context.Background()
	base := open(t)
	cfg := base.pool.Config()
	cfg.MaxConns = 1
	var count atomic.Int64
	dial := cfg.ConnConfig.DialFunc
	cfg.ConnConfig.DialFunc = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		return roundTrips{c, &count}, err
	}
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
	save := func(round int) {
		t.Helper()
		batch := make([]Message, n)
		for i := range batch {
			batch[i] = message(fmt.Sprintf("a:%d:%d", round, i), fmt.Sprintf("<%d.%d@x>", round, i), fmt.Sprint("body ", round, i))
			batch[i].Tag, batch[i].StoryKeys = tagged, []int64{int64(round*n + i), 7}
		}
		saved, err := s.SaveMessages(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		for i, sv := range saved {
			if sv.Err != nil || sv.Outcome != Stored {
				t.Fatalf("%d: %+v", i, sv)
			}
		}
	}
	save(1) // connects and prepares the statements, once per connection
	count.Store(0)
	save(2)
	if got, want := count.Load(), int64(4+5*n); got != want {
		t.Errorf("%d round trips for %d emails, want %d", got, n, want)
	}
}
