// Package draft holds the types shared by the pipeline's stages: what the
// normaliser produces from one email and what storage and the editors' side
// read back.
package draft

import (
	"strings"
	"time"
)

// Kind says whether an email is a press release an editor should see.
type Kind string

const (
	PressRelease    Kind = "press_release"
	NotPressRelease Kind = "not_press_release"
)

// Source identifies the email a draft was made from, as its headers say.
type Source struct {
	MessageID string     `json:"message_id"`
	From      string     `json:"from"`
	Subject   string     `json:"subject"`
	Date      *time.Time `json:"date"`
}

// Dateline is the "PLACE, date" that opens a release: the place as
// written, the date resolved to ISO 8601 (YYYY-MM-DD).
type Dateline struct {
	Place string `json:"place"`
	Date  string `json:"date"`
}

// Contact is one media contact; a part the release does not give is null.
type Contact struct {
	Name  *string `json:"name"`
	Email *string `json:"email"`
	Phone *string `json:"phone"`
}

// String is the contact as "name|email|phone", a missing part empty.
func (c Contact) String() string {
	part := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	return strings.Join([]string{part(c.Name), part(c.Email), part(c.Phone)}, "|")
}

// Attachment roles.
const (
	RoleImage    = "image"    // a picture attached to the email
	RoleDocument = "document" // PDF, DOCX and other office files
	RoleInline   = "inline"   // a picture the HTML body shows by cid:
	RoleOther    = "other"
)

// Attachment describes one part of the email that is not its body text.
// Index is the part's position among attachments: body_html refers to an
// inline picture as "attachment/<index>", relative to the draft's URL.
type Attachment struct {
	Index       int    `json:"index"`
	Filename    string `json:"filename"` // sanitised: no directories, no control characters
	ContentType string `json:"content_type"`
	Size        int64  `json:"size"` // decoded bytes
	Role        string `json:"role"`
	InRelease   bool   `json:"in_release"` // part of the release, not a signature logo or a covering note's
}

// Draft is the article the normaliser made from one email. It is a pure
// function of the raw bytes: `newsdesk inspect` prints exactly what the
// workers store.
type Draft struct {
	Kind         Kind         `json:"kind"`
	KindReason   string       `json:"kind_reason"`
	Headline     string       `json:"headline"`
	Subheadline  *string      `json:"subheadline"`
	Dateline     *Dateline    `json:"dateline"`
	EmbargoUntil *time.Time   `json:"embargo_until"` // UTC
	EmbargoHold  bool         `json:"embargo_hold"`  // embargoed, instant unreadable: a human decides
	Issuer       string       `json:"issuer"`
	Language     string       `json:"language"` // ISO 639-1, "" when unknown
	BodyText     string       `json:"body_text"`
	BodyHTML     string       `json:"body_html"`      // sanitised: semantic markup only
	Note         string       `json:"note,omitempty"` // the covering email when the release came in a document or forward
	Contacts     []Contact    `json:"contacts"`
	Attachments  []Attachment `json:"attachments"`
	Source       Source       `json:"source"`
	Warnings     []string     `json:"warnings"` // damage found and worked around
	Tags
}

// Topic is one IPTC Media Topic assigned to a draft.
type Topic struct {
	Code   string  `json:"code"` // QCode, "medtop:20000599"
	Label  string  `json:"label"`
	Score  float64 `json:"score"`  // 0..1, how sure the source is
	Source string  `json:"source"` // TopicRules, TopicModel or TopicEditor
}

// Topic sources.
const (
	TopicRules  = "rules"
	TopicModel  = "model"
	TopicEditor = "editor"
)

// Tags are what the tagger adds to a draft: topics, entities as canonical
// names, and the draft's place among stored drafts (ids of other drafts,
// set by the worker when it stores it). Empty fields are left out so the
// normaliser's own output reads as before.
type Tags struct {
	Topics        []Topic  `json:"topics,omitempty"` // most specific codes and their top-level ancestors (the corpus form)
	People        []string `json:"people,omitempty"`
	Organisations []string `json:"organisations,omitempty"`
	Places        []string `json:"places,omitempty"`
	ClusterID     *int64   `json:"cluster_id,omitempty"`
	DuplicateOf   *int64   `json:"duplicate_of,omitempty"`
	RevisionOf    *int64   `json:"revision_of,omitempty"`
}

// Stored is a draft as kept in the database, with its identity and review
// state.
type Stored struct {
	ID        int64     `json:"id"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
	Draft
}
