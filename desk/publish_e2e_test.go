package desk

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"newsdesk/deploy/demo"
	"newsdesk/store"
)

// ninjsSchema compiles publishing's copy of the ninjs 2.2 schema, as the
// publish tests do.
func ninjsSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("../publish/testdata/ninjs-schema_2.2.json")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const id = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("https://geojson.org/schema/GeoJSON.json", map[string]any{}); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// publishedURIs reads GET /api/v1/published and validates every item.
func publishedURIs(t *testing.T, f *fixture, tok string, schema *jsonschema.Schema) []string {
	t.Helper()
	res, body := f.do(http.DefaultClient, "GET", "/api/v1/published", tok, "")
	var page struct{ Items []json.RawMessage }
	if res.StatusCode != http.StatusOK || json.Unmarshal([]byte(body), &page) != nil {
		t.Fatalf("published: %s %s", res.Status, body)
	}
	var uris []string
	for _, it := range page.Items {
		v, err := jsonschema.UnmarshalJSON(bytes.NewReader(it))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(v); err != nil {
			t.Fatalf("invalid ninjs 2.2: %v\n%s", err, it)
		}
		var doc struct{ URI string }
		json.Unmarshal(it, &doc)
		uris = append(uris, doc.URI)
	}
	return uris
}

// nextYear moves the demo's embargoed release (lifting 19 November 2026)
// a year on, so its embargo is still ahead when the test runs.
func nextYear(raw []byte) []byte {
	for _, r := range [][2]string{{"2026", "2027"}, {"THURSDAY", "FRIDAY"}, {"Thursday", "Friday"}} {
		raw = bytes.ReplaceAll(raw, []byte(r[0]), []byte(r[1]))
	}
	return raw
}

// TestApprovedInTheDeskReachesEveryOutput is issue 10's "done when": a
// draft from the normaliser, approved through the desk's API, appears as
// valid ninjs in the published API and the Atom feed and reaches a
// partner signed; an embargoed one waits for its lift.
func TestApprovedInTheDeskReachesEveryOutput(t *testing.T) {
	ctx := context.Background()
	f, svc := newPubFixture(t)
	schema := ninjsSchema(t)
	rcv := newReceiver(t)
	admin := f.login("ada", f.addUser("ada", store.RoleAdmin))
	rcv.setSecret(addWebhookAsAdmin(t, f, admin, "wire", rcv.srv.URL))
	tok := f.addToken("ed-tool", store.RoleEditor)
	msgs, err := demo.Messages()
	if err != nil {
		t.Fatal(err)
	}
	plain, embargoed := f.deliver(msgs[0]), f.deliver(nextYear(msgs[1]))
	if plain == 0 || embargoed == 0 {
		t.Fatalf("drafts %d %d", plain, embargoed)
	}
	for _, id := range []int64{plain, embargoed} {
		if res, body := f.do(http.DefaultClient, "POST", "/api/v1/drafts/"+itoa(id)+"/approve", tok, ""); res.StatusCode != http.StatusOK {
			t.Fatalf("approve %d: %s %s", id, res.Status, body)
		}
	}
	if st, err := f.st.DraftStatus(ctx, embargoed); err != nil || st != store.TabScheduled {
		t.Fatalf("embargoed draft after approval: %q %v, want scheduled", st, err)
	}
	runOutputs(t, f.st)

	event := rcv.await(t)
	uris := publishedURIs(t, f, tok, schema)
	if len(uris) != 1 || uris[0] == "" {
		t.Fatalf("published %v, want the one story without an embargo", uris)
	}
	rcv.mu.Lock()
	body := rcv.bodies[event]
	rcv.mu.Unlock()
	if !strings.Contains(body, uris[0]) {
		t.Errorf("webhook %s does not carry %s:\n%s", event, uris[0], body)
	}
	res, atom := f.do(http.DefaultClient, "GET", "/feeds/published.atom", tok, "")
	var feed struct {
		Entries []struct {
			ID string `xml:"id"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(atom), &feed); res.StatusCode != http.StatusOK || err != nil ||
		len(feed.Entries) != 1 || !strings.Contains(atom, uris[0]) {
		t.Errorf("atom: %s %v, %d entries, want %s:\n%s", res.Status, err, len(feed.Entries), uris[0], atom)
	}

	// The embargoed story goes out at its lift, moved near by a person,
	// and not before.
	lift := time.Now().Round(0).Add(1500 * time.Millisecond)
	if err := svc.SetEmbargo(ctx, embargoed, lift, "ada"); err != nil {
		t.Fatal(err)
	}
	if uris := publishedURIs(t, f, tok, schema); len(uris) != 1 {
		t.Errorf("before the lift %d stories are out", len(uris))
	}
	second := rcv.await(t)
	rcv.mu.Lock()
	at, bad := rcv.first[second], rcv.bad
	rcv.mu.Unlock()
	if at.Before(lift) {
		t.Errorf("embargoed story delivered %v before its lift", lift.Sub(at))
	}
	if bad != 0 {
		t.Errorf("%d requests failed signature verification", bad)
	}
	if uris := publishedURIs(t, f, tok, schema); len(uris) != 2 {
		t.Errorf("after the lift: %v", uris)
	}
}

// TestPublishingRefusalIsAConflict: publishing refuses to approve a
// rejected draft; the desk says why with 409, not 500.
func TestPublishingRefusalIsAConflict(t *testing.T) {
	f, _ := newPubFixture(t)
	tok := f.addToken("ed-tool", store.RoleEditor)
	id := f.seedDemo()[0]
	if res, body := f.do(http.DefaultClient, "POST", "/api/v1/drafts/"+itoa(id)+"/reject", tok, `{"reason":"not news"}`); res.StatusCode != http.StatusOK {
		t.Fatalf("reject: %s %s", res.Status, body)
	}
	res, body := f.do(http.DefaultClient, "POST", "/api/v1/drafts/"+itoa(id)+"/approve", tok, "")
	if res.StatusCode != http.StatusConflict || !strings.Contains(body, "not allowed in this status") {
		t.Errorf("approve a rejected draft: %s %s", res.Status, body)
	}
	ed := f.login("ed", f.addUser("ed", store.RoleEditor))
	if res := f.postForm(ed, "/drafts/"+itoa(id)+"/approve", nil); res.StatusCode != http.StatusConflict {
		t.Errorf("approve form on a rejected draft: %s", res.Status)
	}
}
