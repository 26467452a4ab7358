package publish

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"sync"
	"testing"
)

func newAPIServer(t *testing.T, s *Service) *httptest.Server {
	mux := http.NewServeMux()
	for _, r := range NewAPI(s.Store, testLog(t)).Routes() {
		mux.HandleFunc(r.Pattern, r.Handler)
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func getJSON(t testing.TB, url string, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Fatal(err)
	}
}

// The cursor must neither skip nor repeat while stories are published
// concurrently: readers poll during 5 concurrent publishers.
func TestPublishedCursorUnderConcurrentPublishing(t *testing.T) {
	s, ctx, schema := newTestService(t), context.Background(), ninjsSchema(t)
	srv := newAPIServer(t, s)
	const writers, each = 5, 12
	ids := make([][]int64, writers)
	for w := range writers {
		for i := range each {
			ids[w] = append(ids[w], addDraft(t, s.Store, article(fmt.Sprint("w", w, " s", i), nil)))
		}
	}
	var wg sync.WaitGroup
	for w := range writers {
		wg.Go(func() {
			for _, id := range ids[w] {
				if err := s.Approve(ctx, id, "ed"); err != nil {
					t.Error(err)
				}
			}
		})
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()

	var seen []string
	cursor, finished := "", false
	for !finished {
		select {
		case <-done:
			finished = true // one more full read below catches the tail
		default:
		}
		for {
			var page Page
			getJSON(t, srv.URL+"/api/v1/published?limit=7&since="+cursor, &page)
			for _, doc := range page.Items {
				validNinjs(t, schema, doc)
				var n Ninjs
				json.Unmarshal(doc, &n)
				seen = append(seen, n.URI)
			}
			if len(page.Items) == 0 {
				break
			}
			if c, _ := strconv.Atoi(page.Next); c <= func() int { n, _ := strconv.Atoi(cursor); return n }() {
				t.Fatalf("cursor went from %q to %q", cursor, page.Next)
			}
			cursor = page.Next
		}
	}
	if len(seen) != writers*each {
		t.Errorf("read %d versions, want %d", len(seen), writers*each)
	}
	sorted := slices.Clone(seen)
	slices.Sort(sorted)
	if len(slices.Compact(sorted)) != len(seen) {
		t.Errorf("a version was read twice")
	}
}

type parsedFeed struct {
	ID      string     `xml:"id"`
	Links   []atomLink `xml:"link"`
	Entries []struct {
		ID         string         `xml:"id"`
		Title      string         `xml:"title"`
		Updated    string         `xml:"updated"`
		Categories []atomCategory `xml:"category"`
		Content    atomText       `xml:"content"`
	} `xml:"entry"`
}

func getFeed(t *testing.T, url string) (parsedFeed, int) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var f parsedFeed
	if resp.StatusCode == http.StatusOK {
		dec := xml.NewDecoder(resp.Body)
		var root struct {
			XMLName xml.Name
			parsedFeed
		}
		if err := dec.Decode(&root); err != nil {
			t.Fatalf("feed does not parse: %v", err)
		}
		if root.XMLName.Space != "http://www.w3.org/2005/Atom" || root.XMLName.Local != "feed" {
			t.Fatalf("root element %v", root.XMLName)
		}
		f = root.parsedFeed
	}
	return f, resp.StatusCode
}

func TestAtomFeedsPageAndFilterByTopic(t *testing.T) {
	s, ctx := newTestService(t), context.Background()
	srv := newAPIServer(t, s)
	for i := range 5 {
		a := article(fmt.Sprint("story ", i), nil)
		a.Topics = []Topic{{Code: "20000349", Label: "bridge", Score: 0.9}}
		if i%2 == 1 {
			a.Topics = []Topic{{Code: "15000000", Label: "sport", Score: 0.7}}
		}
		if err := s.Approve(ctx, addDraft(t, s.Store, a), "ed"); err != nil {
			t.Fatal(err)
		}
	}
	top := s.topics.top("20000349")
	var titles []string
	next := srv.URL + "/feeds/published.atom?limit=2"
	for pages := 0; next != ""; pages++ {
		if pages > 5 {
			t.Fatal("paging does not end")
		}
		f, code := getFeed(t, next)
		if code != http.StatusOK {
			t.Fatalf("GET %s: %d", next, code)
		}
		next = ""
		for _, l := range f.Links {
			if l.Rel == "next" {
				next = l.Href
			}
		}
		for _, e := range f.Entries {
			titles = append(titles, e.Title)
			if e.Content.Type != "html" || e.Updated == "" || e.ID == "" {
				t.Errorf("entry %+v", e)
			}
		}
	}
	if want := []string{"story 4", "story 3", "story 2", "story 1", "story 0"}; !slices.Equal(titles, want) {
		t.Errorf("paged titles %q, want %q", titles, want)
	}
	f, _ := getFeed(t, srv.URL+"/feeds/topics/15000000.atom")
	if len(f.Entries) != 2 || f.Entries[0].Categories[0].Term != "15000000" {
		t.Errorf("sport feed: %+v", f.Entries)
	}
	if f, _ := getFeed(t, srv.URL+"/feeds/topics/"+top+".atom"); len(f.Entries) != 3 {
		t.Errorf("topic %s feed has %d entries, want 3", top, len(f.Entries))
	}
	for _, bad := range []string{"20000349.atom", "15000000", "nope.atom"} {
		if _, code := getFeed(t, srv.URL+"/feeds/topics/"+bad); code != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", bad, code)
		}
	}
}

func FuzzParseCursor(f *testing.F) {
	for _, s := range []string{"", "0", "42", "-1", "+1", "9223372036854775807", "99999999999999999999", "1e3", " 1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseCursor(s)
		if err != nil {
			return
		}
		if n < 0 {
			t.Fatalf("ParseCursor(%q) = %d", s, n)
		}
		if back, err := ParseCursor(strconv.FormatInt(n, 10)); err != nil || back != n {
			t.Errorf("ParseCursor(%q) = %d, which does not round-trip: %d, %v", s, n, back, err)
		}
	})
}
