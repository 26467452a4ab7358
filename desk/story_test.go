package desk

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"newsdesk/draft"
	"newsdesk/process/tag"
	"newsdesk/store"
)

// fixtureTopics stands in for the IPTC vocabulary (cmd/newsdesk wires the
// real one and tests it): its label echoes the query, so a test sees what
// the desk asked.
func fixtureTopics(q string, limit int) []TagSuggestion {
	return []TagSuggestion{{Value: "medtop:04000000", Label: "economy (" + q + ")"}}
}

// twoDrafts stores two demo drafts and returns them, the second read back.
func twoDrafts(t *testing.T, f *fixture) (a, b store.DeskDraft) {
	t.Helper()
	ids := slices.DeleteFunc(f.seedDemo(), func(id int64) bool { return id == 0 })
	if len(ids) < 2 {
		t.Fatalf("demo made %d drafts", len(ids))
	}
	var err error
	if a, err = f.st.Draft(context.Background(), ids[0]); err != nil {
		t.Fatal(err)
	}
	if b, err = f.st.Draft(context.Background(), ids[1]); err != nil {
		t.Fatal(err)
	}
	return a, b
}

// tagFirst has the fixture tag the first new draft with t and the others
// with nothing.
func tagFirst(f *fixture, t store.Tagged) {
	n := 0
	f.tag = func(context.Context, store.Querier) (store.Tagged, error) {
		if n++; n > 1 {
			return store.Tagged{}, nil
		}
		return t, nil
	}
}

// revisionOfFirst has the fixture file the first two new drafts in one
// story, the second a revision of the first (found, as the worker finds
// it, by a shared fingerprint band) with diff.
func revisionOfFirst(f *fixture, diff any) {
	n := 0
	band := []int64{1}
	f.tag = func(ctx context.Context, q store.Querier) (store.Tagged, error) {
		switch n++; n {
		case 1:
			return store.Tagged{Story: &store.Story{Bands: band}}, nil
		case 2:
			c, err := store.StoryCandidates(ctx, q, band)
			if err != nil || len(c) != 1 {
				return store.Tagged{}, fmt.Errorf("candidates %+v: %v", c, err)
			}
			return store.Tagged{Story: &store.Story{Bands: band, Cluster: c[0].Cluster, RevisionOf: c[0].ID, Diff: diff}}, nil
		}
		return store.Tagged{}, nil
	}
}

func TestDraftPageShowsCopiesAndComputedDiff(t *testing.T) {
	f := newFixture(t)
	// An empty stored diff makes the desk compute one from both bodies.
	revisionOfFirst(f, []any{})
	a, b := twoDrafts(t, f)
	c := f.login("ed", f.addUser("ed", store.RoleEditor))
	_, page := f.do(c, http.MethodGet, "/drafts/"+itoa(b.ID)+"/", "", "")
	if !strings.Contains(page, `href="/drafts/`+itoa(a.ID)+`/"`) || !strings.Contains(page, "from "+a.Sender) {
		t.Errorf("draft %d's page does not list its copy %d from %s", b.ID, a.ID, a.Sender)
	}
	if strings.Contains(page, "correction of an approved draft") {
		t.Error("a revision of a new draft is marked urgent")
	}
	tok := f.addToken("api", store.RoleEditor)
	checkUrgent(t, f, c, tok, b.ID, false)
	// Approving the earlier draft after its revision arrived makes the
	// revision urgent, on its page, in the queue and in the API.
	if res, _ := f.do(c, http.MethodPost, "/drafts/"+itoa(a.ID)+"/approve", "", ""); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("approve %d: %s", a.ID, res.Status)
	}
	if _, page = f.do(c, http.MethodGet, "/drafts/"+itoa(b.ID)+"/", "", ""); !strings.Contains(page, "correction of an approved draft") {
		t.Error("the revision of an approved draft is not marked urgent")
	}
	checkUrgent(t, f, c, tok, b.ID, true)
	oldP, newP := strings.Split(a.BodyText, "\n\n"), strings.Split(b.BodyText, "\n\n")
	if len(oldP) == 0 || len(newP) == 0 {
		t.Fatal("demo drafts without body text")
	}
	if !strings.Contains(page, "<del>"+template.HTMLEscapeString(oldP[0])+"</del>") {
		t.Errorf("the earlier draft's first paragraph is not shown deleted: %q", oldP[0])
	}
	if !strings.Contains(page, "<ins>"+template.HTMLEscapeString(newP[len(newP)-1])+"</ins>") {
		t.Errorf("the revision's last paragraph is not shown inserted: %q", newP[len(newP)-1])
	}
	// The earlier draft lists the revision, badged, and shows no diff of its own.
	_, page = f.do(c, http.MethodGet, "/drafts/"+itoa(a.ID)+"/", "", "")
	if !strings.Contains(page, `href="/drafts/`+itoa(b.ID)+`/"`) || !strings.Contains(page, `<span class="badge">revision</span>`) {
		t.Error("the earlier draft does not list its revision")
	}
	if strings.Contains(page, "Changes since") {
		t.Error("a draft that revises nothing shows a diff")
	}
}

// checkUrgent checks whether the queue and the API flag draft id urgent.
// c is a desk session and token an API token.
func checkUrgent(t *testing.T, f *fixture, c *http.Client, token string, id int64, want bool) {
	t.Helper()
	_, queue := f.do(c, http.MethodGet, "/?tab=new", "", "")
	at := strings.Index(queue, `data-id="`+itoa(id)+`"`)
	if at < 0 {
		t.Fatalf("draft %d is not in the queue", id)
	}
	row, _, _ := strings.Cut(queue[at:], "</li>")
	if got := strings.Contains(row, `<span class="badge urgent">correction of an approved draft</span>`); got != want {
		t.Errorf("queue row of %d marked urgent %v, want %v: %s", id, got, want, row)
	}
	var list struct{ Drafts []store.QueueItem }
	_, body := f.do(http.DefaultClient, http.MethodGet, "/api/v1/drafts?tab=new", token, "")
	if err := json.Unmarshal([]byte(body), &list); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(list.Drafts, func(it store.QueueItem) bool { return it.ID == id })
	if i < 0 || list.Drafts[i].Urgent != want {
		t.Errorf("API list of new drafts, draft %d urgent: want %v, got %+v", id, want, list.Drafts)
	}
}

func TestDraftPageShowsStoredDiffEscaped(t *testing.T) {
	f := newFixture(t)
	diff := []tag.DiffOp{{Op: "=", Text: "Same paragraph."}, {Op: "-", Text: `Old <script>alert(1)</script> text`}, {Op: "+", Text: `New <img src=x onerror=alert(2)> text`}}
	revisionOfFirst(f, diff)
	_, b := twoDrafts(t, f)
	c := f.login("ed", f.addUser("ed", store.RoleEditor))
	_, page := f.do(c, http.MethodGet, "/drafts/"+itoa(b.ID)+"/", "", "")
	for _, want := range []string{"<p>Same paragraph.</p>", "<del>Old &lt;script&gt;alert(1)&lt;/script&gt; text</del>", "<ins>New &lt;img src=x onerror=alert(2)&gt; text</ins>"} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<img src=x") {
		t.Error("the stored diff reached the page unescaped")
	}
}

func TestTagSuggest(t *testing.T) {
	f := newFixture(t)
	tagFirst(f, store.Tagged{Tags: draft.Tags{People: []string{"Ada Lovelace", "Adam Smith", "Bob Ross"},
		Organisations: []string{"Ada_Corp"}}})
	twoDrafts(t, f)
	tok := f.addToken("api", store.RoleEditor)
	get := func(query string) (int, []TagSuggestion) {
		t.Helper()
		res, body := f.do(http.DefaultClient, http.MethodGet, "/api/v1/tags/suggest?"+query, tok, "")
		var out []TagSuggestion
		if res.StatusCode == http.StatusOK {
			if err := json.Unmarshal([]byte(body), &out); err != nil {
				t.Fatalf("%s: %v", body, err)
			}
		}
		return res.StatusCode, out
	}
	if code, got := get("kind=person&q=ada"); code != 200 || len(got) != 2 || got[0].Value != "Ada Lovelace" || got[1].Value != "Adam Smith" {
		t.Errorf("people starting with ada: %d %v", code, got)
	}
	// LIKE's wildcards are literal: "_" matches only an underscore.
	if code, got := get("kind=organisation&q=" + url.QueryEscape("ada_")); code != 200 || len(got) != 1 {
		t.Errorf("organisations starting with ada_: %d %v", code, got)
	}
	if code, got := get("kind=person&q=" + url.QueryEscape("%")); code != 200 || len(got) != 0 {
		t.Errorf("%% is not a wildcard: %d %v", code, got)
	}
	if code, got := get("q=econ"); code != 200 || len(got) != 1 || got[0].Value != "medtop:04000000" || got[0].Label != "economy (econ)" {
		t.Errorf("topics: %d %v", code, got)
	}
	if code, _ := get("kind=weather&q=x"); code != http.StatusBadRequest {
		t.Errorf("unknown kind: %d", code)
	}
	if res, _ := f.do(http.DefaultClient, http.MethodGet, "/api/v1/tags/suggest?q=ada", "", ""); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("without a token: %s", res.Status)
	}
}

func TestSavingTopicsRecordsTagEdits(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	tagFirst(f, store.Tagged{Tags: draft.Tags{Topics: []draft.Topic{
		{Code: "medtop:04000000", Label: "economy", Score: 0.9, Source: "rules"},
		{Code: "medtop:15000000", Label: "sport", Score: 0.5, Source: "rules"}}}})
	a, _ := twoDrafts(t, f)
	dr, err := f.st.Draft(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	fm := formOf(dr)
	v := url.Values{"version": {itoa(int64(dr.Version))}, "headline": {fm.Headline}, "body_html": {fm.BodyHTML},
		"place": {fm.Place}, "date": {fm.Date}, "topics": {"medtop:04000000, medtop:11000000"}}
	c := f.login("ed", f.addUser("ed", store.RoleEditor))
	if res := f.postForm(c, "/drafts/"+itoa(a.ID)+"/", v); res.StatusCode != http.StatusSeeOther {
		t.Fatalf("save: %s", res.Status)
	}
	ex, err := f.st.TagExamples(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex) != 1 || ex[0].DraftID != a.ID {
		t.Fatalf("tag examples: %+v", ex)
	}
	if !slices.Equal(ex[0].Keep, []string{"medtop:04000000", "medtop:11000000"}) || !slices.Equal(ex[0].Removed, []string{"medtop:15000000"}) {
		t.Errorf("keep %v, removed %v", ex[0].Keep, ex[0].Removed)
	}
}
