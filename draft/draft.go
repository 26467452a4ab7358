// Package draft holds the types shared by the pipeline's stages: what the
// normaliser produces from one email and what storage and the editors' side
// read back.
package draft

import "time"

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

// Draft is the article the normaliser made from one email. It is a pure
// function of the raw bytes: `newsdesk inspect` prints exactly what the
// workers store.
type Draft struct {
	Kind       Kind     `json:"kind"`
	KindReason string   `json:"kind_reason"`
	Headline   string   `json:"headline"`
	BodyText   string   `json:"body_text"`
	Source     Source   `json:"source"`
	Warnings   []string `json:"warnings"` // damage found and worked around
}

// Stored is a draft as kept in the database, with its identity and review
// state.
type Stored struct {
	ID        int64     `json:"id"`
	Status    string    `json:"status"`
	CreatedAt time.Time `json:"created_at"`
	Draft
}
