package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"newsdesk/svctest"
)

// fillStories inserts n generated drafts, each with a story and 32 random
// LSH bands, straight in SQL (the lookup, not the insert, is measured).
func fillStories(b *testing.B, s *Store, n int) {
	b.Helper()
	ctx := context.Background()
	for _, q := range []string{
		fmt.Sprintf(`INSERT INTO messages (message_id, content_hash, raw, size, status)
			SELECT 'gen' || i, int8send(i), '', 0, 'drafted' FROM generate_series(1, %d) i`, n),
		`INSERT INTO drafts (message, kind, headline, doc)
			SELECT id, 'press_release', 'h', '{"headline":"h","body_text":"b"}' FROM messages`,
		`INSERT INTO story_clusters (id) SELECT id FROM drafts`,
		`INSERT INTO draft_stories (draft, cluster, minhash) SELECT id, id, array_fill(0::bigint, ARRAY[128]) FROM drafts`,
		`INSERT INTO fingerprint_bands (band, draft) SELECT (random() * 9.2e18)::bigint, d.id FROM drafts d, generate_series(1, 32)`,
		`ANALYZE`,
	} {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

func openBench(b *testing.B) *Store {
	b.Helper()
	ctx := context.Background()
	s, err := Open(ctx, svctest.Postgres(b))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(s.Close)
	if err := s.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkStoryCandidates looks up a new draft's 32 bands among 1k and
// 100k stored drafts; with the band index the cost follows the number of
// candidates, not of drafts.
func BenchmarkStoryCandidates(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := openBench(b)
			fillStories(b, s, n)
			ctx := context.Background()
			var bands []int64
			if err := s.pool.QueryRow(ctx, `SELECT array_agg(band) FROM fingerprint_bands WHERE draft = (SELECT min(id) FROM drafts)`).Scan(&bands); err != nil {
				b.Fatal(err)
			}
			r := rand.New(rand.NewPCG(1, 2))
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				probe := make([]int64, 32)
				for k := range probe {
					probe[k] = r.Int64()
				}
				if i%2 == 0 {
					copy(probe[:4], bands[:4]) // a near-duplicate: one candidate
				}
				if _, err := StoryCandidates(ctx, s.pool, probe); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
