package desk

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"newsdesk/store"
)

func TestAPIReview(t *testing.T) {
	f := newFixture(t)
	ids := f.seedDemo()
	ed, boss := f.addToken("bot", store.RoleEditor), f.addToken("boss", store.RoleChief)
	c := f.browser()
	check := func(method, path, token, body string, want int) string {
		t.Helper()
		res, out := f.do(c, method, path, token, body)
		if res.StatusCode != want {
			t.Fatalf("%s %s: %s, want %d\n%s", method, path, res.Status, want, out)
		}
		return out
	}

	var list struct {
		Drafts []store.QueueItem `json:"drafts"`
	}
	json.Unmarshal([]byte(check("GET", "/api/v1/drafts?tab=new", ed, "", 200)), &list)
	if len(list.Drafts) == 0 || list.Drafts[0].ID < list.Drafts[len(list.Drafts)-1].ID {
		t.Fatalf("new tab: %+v", list.Drafts)
	}
	json.Unmarshal([]byte(check("GET", "/api/v1/drafts?q=undersea+cable&language=en", ed, "", 200)), &list)
	if len(list.Drafts) != 1 || !strings.Contains(list.Drafts[0].Headline, "undersea") {
		t.Errorf("search 'undersea cable' (stemmed): %+v", list.Drafts)
	}
	json.Unmarshal([]byte(check("GET", "/api/v1/drafts?q=participant", ed, "", 200)), &list)
	if len(list.Drafts) != 1 || list.Drafts[0].Language != "fr" {
		t.Errorf("search 'participant' (French stemming finds 'participants'): %+v", list.Drafts)
	}
	check("GET", "/api/v1/drafts?tab=bogus", ed, "", 400)

	id := itoa(list.Drafts[0].ID)
	var d store.DeskDraft
	json.Unmarshal([]byte(check("GET", "/api/v1/drafts/"+id, ed, "", 200)), &d)
	v := d.Version
	patch := `{"version": ` + itoa(int64(v)) + `, "headline": "Edited <b>headline</b>", "body_html": "<p>Body</p><script>alert(1)</script><img src=x onerror=alert(2)>", "people": ["Ada Lovelace"]}`
	json.Unmarshal([]byte(check("PATCH", "/api/v1/drafts/"+id, ed, patch, 200)), &d)
	if d.Version != v+1 || d.Headline != "Edited <b>headline</b>" || d.BodyHTML != "<p>Body</p>" || d.BodyText != "Body" {
		t.Errorf("after patch: version %d headline %q body %q text %q", d.Version, d.Headline, d.BodyHTML, d.BodyText)
	}
	if len(d.People) != 1 || d.People[0] != "Ada Lovelace" {
		t.Errorf("people %v", d.People)
	}
	// The same old version again is a conflict.
	check("PATCH", "/api/v1/drafts/"+id, ed, patch, 409)
	json.Unmarshal([]byte(check("GET", "/api/v1/drafts?person=Ada+Lovelace", ed, "", 200)), &list)
	if len(list.Drafts) != 1 {
		t.Errorf("person filter: %+v", list.Drafts)
	}

	check("POST", "/api/v1/drafts/"+id+"/reject", ed, `{"reason": " "}`, 409)
	json.Unmarshal([]byte(check("POST", "/api/v1/drafts/"+id+"/reject", ed, `{"reason": "old news"}`, 200)), &d)
	if d.Status != "rejected" || d.Reason != "old news" {
		t.Errorf("after reject: %s %q", d.Status, d.Reason)
	}
	check("POST", "/api/v1/drafts/"+id+"/approve", ed, "", 409)
	c2 := f.browser()
	if res, _ := f.do(c2, "POST", "/drafts/"+id+"/restore", ed, ""); res.StatusCode != http.StatusForbidden {
		t.Errorf("restore by an editor: %s, want 403", res.Status)
	}
	if res, _ := f.do(c2, "POST", "/drafts/"+id+"/restore", boss, ""); res.StatusCode != http.StatusSeeOther {
		t.Errorf("restore by a chief: %s", res.Status)
	}
	json.Unmarshal([]byte(check("POST", "/api/v1/drafts/"+id+"/approve", ed, "", 200)), &d)
	if d.Status != "approved" {
		t.Errorf("after approve: %s", d.Status)
	}
	hist, err := f.st.History(context.Background(), d.ID)
	if err != nil {
		t.Fatal(err)
	}
	var actions []string
	for _, h := range hist {
		actions = append(actions, h.Actor+":"+h.Action)
	}
	if got := strings.Join(actions, " "); got != "token:bot:edit token:bot:reject token:boss:restore token:bot:approve" {
		t.Errorf("history: %s", got)
	}
	if p, ok := hist[0].Detail["people"].(map[string]any); !ok || len(p["added"].([]any)) != 1 {
		t.Errorf("edit's tag change not recorded: %v", hist[0].Detail)
	}
	_ = ids
}
