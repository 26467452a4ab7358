package publish

import (
	_ "embed"
	"slices"
	"strings"
)

// mediatopics.tsv is IPTC's Media Topics hierarchy (code, broader code).
//
//go:embed mediatopics.tsv
var mediaTopicsTSV string

// topicTree maps every Media Topic to its top-level ancestor, for the
// per-topic feeds.
type topicTree struct {
	broader map[string]string
}

func newTopicTree() *topicTree {
	t := &topicTree{broader: map[string]string{}}
	for line := range strings.Lines(mediaTopicsTSV) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		code, parent, _ := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		t.broader[code] = parent
	}
	return t
}

// top returns the top-level code above code, or "" for an unknown code.
func (t *topicTree) top(code string) string {
	for range 16 { // the hierarchy is five levels deep; a cycle must not hang
		parent, ok := t.broader[code]
		if !ok {
			return ""
		}
		if parent == "" {
			return code
		}
		code = parent
	}
	return ""
}

// tops lists the distinct top-level topics of an article's topics.
func (t *topicTree) tops(topics []Topic) []string {
	var out []string
	for _, tp := range topics {
		if c := t.top(tp.Code); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// IsTopLevel tells whether code names one of the 17 top-level topics.
func (t *topicTree) isTopLevel(code string) bool {
	parent, ok := t.broader[code]
	return ok && parent == ""
}
