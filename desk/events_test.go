package desk

import (
	"bufio"
	"net/http"
	"strings"
	"testing"
	"time"

	"newsdesk/store"
)

// TestEventsStream: a change written to the database reaches an open
// /events stream through LISTEN/NOTIFY, and the stream ends when the
// desk stops, so server shutdown is not held up by open streams.
func TestEventsStream(t *testing.T) {
	f := newFixture(t)
	ids := f.seedDemo()
	tok := f.addToken("watcher", store.RoleEditor)
	req, _ := http.NewRequest("GET", f.srv.URL+"/events", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if ct := res.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(res.Body)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	s := store.TabInReview
	if _, err := f.st.Apply(t.Context(), ids[0], store.Transition{Actor: "x", Action: "claim", Status: &s}); err != nil {
		t.Fatal(err)
	}
	want := `"id" : ` + itoa(ids[0])
	deadline := time.After(10 * time.Second)
	for found := false; !found; {
		select {
		case l := <-lines:
			found = strings.HasPrefix(l, "data: ") && strings.Contains(l, want) && strings.Contains(l, "in_review")
		case <-deadline:
			t.Fatalf("no event with %s", want)
		}
	}
	f.stop()
	for {
		select {
		case _, open := <-lines:
			if !open {
				return
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the stream outlived the desk")
		}
	}
}
