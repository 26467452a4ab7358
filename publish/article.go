package publish

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"

	"newsdesk/draft"
)

// Topic is a Media Topic the tagger assigned, as the draft JSON carries it.
type Topic struct {
	Code   string  `json:"code"`
	Label  string  `json:"label"`
	Score  float64 `json:"score"`
	Source string  `json:"source"`
}

// Article is a stored draft's document with the tagger's fields. Missing
// tags decode as empty lists, so publishing works before tagging does.
type Article struct {
	draft.Draft
	Topics        []Topic  `json:"topics"`
	People        []string `json:"people"`
	Organisations []string `json:"organisations"`
	Places        []string `json:"places"`
	// RevisionOf names the draft this one revises; the tagger may write it
	// as a number or a string, so it is read leniently.
	RevisionOf json.RawMessage `json:"revision_of"`
}

// ParseArticle reads a draft's jsonb document.
func ParseArticle(doc []byte) (Article, error) {
	var a Article
	if err := json.Unmarshal(doc, &a); err != nil {
		return Article{}, fmt.Errorf("publish: draft document: %w", err)
	}
	return a, nil
}

// Revises returns the draft id this article is a revision of, or 0.
func (a Article) Revises() int64 {
	raw := bytes.Trim(bytes.TrimSpace(a.RevisionOf), `"`)
	if len(raw) == 0 || string(raw) == "null" {
		return 0
	}
	id, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil || id < 0 {
		return 0
	}
	return id
}
