package normalise

import (
	"go/build"
	"strings"
	"testing"
)

// TestLayers keeps calls going one way: each layer of the normaliser
// imports only the layers listed below it, and none of them imports
// storage, the queue or NATS. Go already forbids cycles; this forbids a
// sideways or upward import that would not be a cycle yet.
func TestLayers(t *testing.T) {
	allowed := map[string][]string{
		"clean":         {},
		"prefilter":     {},
		"memo":          {},
		"dates":         {"prefilter"},
		"block":         {"clean"},
		"lang":          {"clean"},
		"embargo":       {"clean", "dates", "prefilter"},
		"mime":          {"clean"},
		"segment/learn": {},
		"html":          {"block", "clean"},
		"segment":       {"block", "clean", "dates", "embargo", "memo", "prefilter", "segment/learn"},
		".":             {"block", "clean", "dates", "embargo", "html", "lang", "memo", "mime", "prefilter", "segment"},
		"eval":          {"."},
	}
	const root = "newsdesk/process/normalise"
	for pkg, may := range allowed {
		p, err := build.Import(strings.TrimSuffix(root+"/"+pkg, "/."), ".", 0)
		if err != nil {
			t.Fatal(err)
		}
		ok := map[string]bool{"newsdesk/draft": true}
		for _, m := range may {
			ok[strings.TrimSuffix(root+"/"+m, "/.")] = true
		}
		for _, imp := range p.Imports {
			if strings.HasPrefix(imp, "newsdesk/") && !ok[imp] || strings.Contains(imp, "nats") || strings.Contains(imp, "pgx") {
				t.Errorf("%s imports %s", p.ImportPath, imp)
			}
		}
	}
}
