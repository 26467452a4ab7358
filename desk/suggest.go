package desk

import (
	"net/http"
	"strings"
	"unicode/utf8"
)

// TagSuggestion is one autocomplete entry: the value the tag field takes
// (an IPTC code or an entity's name) and what the editor reads.
type TagSuggestion struct {
	Value string `json:"value"`
	Label string `json:"label,omitempty"`
}

// maxSuggestions bounds one answer: a datalist longer than this helps no one.
const maxSuggestions = 15

// entityKinds are the kinds the suggest endpoint reads from stored drafts.
var entityKinds = map[string]bool{"person": true, "organisation": true, "place": true}

// apiSuggest answers GET /api/v1/tags/suggest?kind=topic|person|organisation|place&q=...
// Topics come from the vocabulary function the desk was given (the desk
// does not embed the IPTC table itself); entities from stored drafts.
func (d *Desk) apiSuggest(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if utf8.RuneCountInString(q) > 100 {
		writeJSONError(w, http.StatusBadRequest, "q is longer than 100 characters")
		return
	}
	kind := r.URL.Query().Get("kind")
	out := []TagSuggestion{}
	switch {
	case kind == "" || kind == "topic":
		if d.suggestTopics != nil && q != "" {
			out = append(out, d.suggestTopics(q, maxSuggestions)...)
		}
	case entityKinds[kind]:
		if q == "" {
			break
		}
		names, err := d.st.KnownEntities(r.Context(), kind, q, maxSuggestions)
		if err != nil {
			d.log.Error("desk: suggest tags", "kind", kind, "err", err)
			writeJSONError(w, http.StatusInternalServerError, "suggestions are unavailable")
			return
		}
		for _, n := range names {
			out = append(out, TagSuggestion{Value: n})
		}
	default:
		writeJSONError(w, http.StatusBadRequest, "kind is one of topic, person, organisation, place")
		return
	}
	writeJSON(w, http.StatusOK, out[:min(len(out), maxSuggestions)])
}
