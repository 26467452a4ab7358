package publish

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"newsdesk/draft"
)

// ninjsSchema compiles IPTC's schema, unchanged, with formats asserted.
// GeoJSON (only referenced for place geometry, which we never send) is a
// permissive stand-in: there is no network in tests.
func ninjsSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open("testdata/ninjs-schema_2.2.json")
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

// validNinjs fails the test unless doc is valid ninjs 2.2.
func validNinjs(t testing.TB, s *jsonschema.Schema, doc []byte) {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		t.Fatalf("ninjs is not JSON: %v", err)
	}
	if err := s.Validate(v); err != nil {
		t.Fatalf("invalid ninjs 2.2: %v\n%s", err, doc)
	}
}

func sampleArticle() Article {
	embargo := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	sub := "The bridge opens in spring"
	return Article{
		Draft: draft.Draft{
			Kind: draft.PressRelease, Headline: "Valdoria opens a bridge", Subheadline: &sub,
			Dateline: &draft.Dateline{Place: "VALDORIA", Date: "2026-12-06"}, EmbargoUntil: &embargo,
			Issuer: "Ministry of Works", Language: "en",
			BodyText: "The bridge opens.", BodyHTML: "<p>The bridge opens.</p>",
			Attachments: []draft.Attachment{
				{Index: 0, Filename: "bridge.jpg", ContentType: "image/jpeg", Size: 1200, Role: draft.RoleImage, InRelease: true},
				{Index: 1, Filename: "logo.png", ContentType: "image/png", Size: 90, Role: draft.RoleInline},
				{Index: 2, Filename: "plan.pdf", ContentType: "application/pdf", Size: 5000, Role: draft.RoleDocument, InRelease: true},
			},
		},
		Topics: []Topic{
			{Code: "11000000", Label: "politics", Score: 0.82, Source: "rules"},
			{Code: "20000349", Label: "bridge", Score: 1, Source: "editor"},
		},
		People: []string{"Ana Petrova", " "}, Organisations: []string{"Ministry of Works"}, Places: []string{"Valdoria"},
	}
}

func TestNinjsValid(t *testing.T) {
	schema := ninjsSchema(t)
	first := time.Date(2026, 12, 7, 9, 0, 0, 500, time.UTC)
	info := VersionInfo{URI: "urn:newsdesk:story:7", Version: 2, FirstCreated: first,
		Created: first.Add(time.Hour), EdNote: "Correction: headline changed"}
	minimal := Article{Draft: draft.Draft{Headline: "Only a headline"}}
	for name, n := range map[string]Ninjs{
		"full":     BuildNinjs(sampleArticle(), info),
		"minimal":  BuildNinjs(minimal, VersionInfo{URI: "urn:newsdesk:story:8", Version: 1, FirstCreated: first, Created: first}),
		"canceled": BuildNinjs(sampleArticle(), VersionInfo{URI: "urn:newsdesk:story:7", Version: 3, FirstCreated: first, Created: first, Canceled: true}),
	} {
		t.Run(name, func(t *testing.T) {
			doc, err := json.Marshal(n)
			if err != nil {
				t.Fatal(err)
			}
			validNinjs(t, schema, doc)
		})
	}

	n := BuildNinjs(sampleArticle(), info)
	check := func(what string, got, want any) {
		t.Helper()
		if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
			t.Errorf("%s = %s, want %s", what, g, w)
		}
	}
	check("version", n.Version, "2")
	check("versioncreated", n.VersionCreated, "2026-12-07T10:00:00.000Z")
	check("embargoed", n.Embargoed, "2026-12-07T09:00:00.000Z")
	check("located", n.Located, "VALDORIA")
	check("subjects", n.Subjects, []Subject{
		{Name: "politics", URI: MediaTopicURI + "11000000", Creator: "rules", Relevance: 82, Confidence: 82},
		{Name: "bridge", URI: MediaTopicURI + "20000349", Creator: "editor", Relevance: 100, Confidence: 100},
	})
	check("people", n.People, []Named{{Name: "Ana Petrova"}})
	check("association uris", []string{n.Associations[0].URI, n.Associations[1].URI},
		[]string{"urn:newsdesk:story:7/attachment/0", "urn:newsdesk:story:7/attachment/2"})
	check("bodies", []string{n.Bodies[0].ContentType, n.Bodies[1].ContentType}, []string{"text/html", "text/plain"})
}

// The schema must catch what we could get wrong, or the test above proves
// nothing.
func TestNinjsSchemaRejects(t *testing.T) {
	schema := ninjsSchema(t)
	for name, doc := range map[string]string{
		"no uri":        `{"version":"1"}`,
		"bad pubstatus": `{"uri":"urn:x:1","pubstatus":"published"}`,
		"bad date":      `{"uri":"urn:x:1","versioncreated":"yesterday"}`,
		"relevance 200": `{"uri":"urn:x:1","subjects":[{"name":"x","relevance":200}]}`,
		"unknown field": `{"uri":"urn:x:1","newsdesk":true}`,
	} {
		v, _ := jsonschema.UnmarshalJSON(strings.NewReader(doc))
		if schema.Validate(v) == nil {
			t.Errorf("%s: schema accepted %s", name, doc)
		}
	}
}

func TestArticleRevises(t *testing.T) {
	for doc, want := range map[string]int64{
		`{}`: 0, `{"revision_of":null}`: 0, `{"revision_of":12}`: 12, `{"revision_of":"34"}`: 34, `{"revision_of":"x"}`: 0,
	} {
		a, err := ParseArticle([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Revises(); got != want {
			t.Errorf("%s: Revises() = %d, want %d", doc, got, want)
		}
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func FuzzArticle(f *testing.F) {
	for _, s := range []string{`{}`, `{"revision_of":12}`, `{"revision_of":"34"}`, `{"topics":[{"code":"x","score":7}]}`,
		`{"embargo_until":"2026-01-01T00:00:00Z","people":["a"]}`, `{"revision_of":-3}`, `[]`} {
		f.Add([]byte(s))
	}
	schema := ninjsSchema(f)
	f.Fuzz(func(t *testing.T, doc []byte) {
		a, err := ParseArticle(doc)
		if err != nil {
			return
		}
		if a.Revises() < 0 {
			t.Fatalf("negative revision %d", a.Revises())
		}
		n := BuildNinjs(a, VersionInfo{URI: "urn:newsdesk:story:1", Version: 1, Created: time.Unix(1e9, 0)})
		out, err := json.Marshal(n)
		if err != nil {
			t.Fatal(err)
		}
		validNinjs(t, schema, out)
	})
}
