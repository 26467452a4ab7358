package desk

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"newsdesk/store"
	"newsdesk/svctest"
)

// BenchmarkQueue100k measures the server time of the queue page, a
// search and the JSON list over 100,000 stored drafts:
//
//	go test ./desk/ -run XXX -bench Queue100k -benchtime 50x
//
// Storing the drafts takes about a minute on a busy machine; with
// NEWSDESK_BENCH_DATABASE_URL set, a database already holding them (from
// an earlier run with the same variable) is reused.
func BenchmarkQueue100k(b *testing.B) {
	url := os.Getenv("NEWSDESK_BENCH_DATABASE_URL")
	if url == "" {
		url = svctest.Postgres(b)
	}
	f := newFixtureAt(b, url)
	ctx := context.Background()
	if items, err := f.st.Queue(ctx, store.QueueFilter{Person: "Person 1", Limit: 1}); err != nil || len(items) == 0 {
		start := time.Now()
		if err := f.st.AddSyntheticDrafts(ctx, 100_000, "bench"); err != nil {
			b.Fatal(err)
		}
		b.Logf("100k drafts stored in %v", time.Since(start))
	}
	tok := f.addToken(svctest.Unique("bench"), "editor")
	h := f.d.Handler()
	// The parts of a page, to see where its time goes.
	for _, c := range []struct {
		name string
		f    store.QueueFilter
	}{{"store list", store.QueueFilter{Tab: "new"}}, {"store list, search", store.QueueFilter{Tab: "new", Query: "harbour ferry"}},
		{"store list, person", store.QueueFilter{Tab: "new", Person: "Person 42"}}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := f.st.Queue(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+" counts", func(b *testing.B) {
			for b.Loop() {
				if _, _, err := f.st.QueueCounts(ctx, c.f); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, c := range []struct{ name, path string }{
		{"queue page", "/"},
		{"queue page, published tab", "/?tab=published"},
		{"search page", "/?q=harbour+ferry"},
		{"search page, rare word", "/?q=Release+99999"},
		{"search page, French", "/?q=vessel&language=fr"},
		{"filter page, person", "/?person=Person+42"},
		{"filter page, embargoed", "/?embargo=active"},
		{"api list, search", "/api/v1/drafts?q=minister+budget"},
	} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest("GET", c.path, nil)
				req.Header.Set("Authorization", "Bearer "+tok)
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatalf("%s: %d", c.path, w.Code)
				}
			}
		})
	}
}
