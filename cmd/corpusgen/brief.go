package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// Brief is one corpus case: the content and shape of an email plus its labels.
// The format is documented in testdata/genre/README.md.
type Brief struct {
	ID             string       `json:"id"`
	Split          string       `json:"split"`
	Kind           string       `json:"kind"`
	NonreleaseType *string      `json:"nonrelease_type"`
	Language       string       `json:"language"`
	Charset        string       `json:"charset"`
	Transfer       string       `json:"transfer"`
	Client         string       `json:"client"`
	BodyFormat     string       `json:"body_format"`
	CoverText      []string     `json:"cover_text"`
	HeaderQuirks   []string     `json:"header_quirks"`
	From           Person       `json:"from"`
	To             string       `json:"to"`
	Date           string       `json:"date"`
	MessageID      *string      `json:"message_id"`
	Subject        string       `json:"subject"`
	Wrapper        *Wrapper     `json:"wrapper"`
	Release        *Release     `json:"release"`
	NonreleaseText []string     `json:"nonrelease_text"`
	Attachments    []Attachment `json:"attachments"`
	Expected       Expected     `json:"expected"`
}

// Person is a display name and an address.
type Person struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Wrapper is what surrounds the release: a covering note, a forward or a correction.
type Wrapper struct {
	Type    string  `json:"type"`
	From    *Person `json:"from"`
	Date    string  `json:"date"`
	Subject string  `json:"subject"`
	// To is where the forwarder sent it (default news@desk.example); the
	// brief's own `to` is the original's recipient.
	To string `json:"to"`
	// Client renders the outer message of a forward_rfc822 (default outlook);
	// inline forwards are written by the brief's own client.
	Client string   `json:"client"`
	Text   []string `json:"text"`
}

// forwardTo is the forwarder's recipient.
func (w *Wrapper) forwardTo() string {
	if w.To != "" {
		return w.To
	}
	return "news@desk.example"
}

// Release is the press release proper, in reading order.
type Release struct {
	Letterhead      []string `json:"letterhead"`
	Kicker          []string `json:"kicker"`
	EmbargoLine     *string  `json:"embargo_line"`
	EmbargoPosition string   `json:"embargo_position"`
	Headline        string   `json:"headline"`
	Subheadline     *string  `json:"subheadline"`
	Dateline        *string  `json:"dateline"`
	Paragraphs      []string `json:"paragraphs"`
	EndMarker       *string  `json:"end_marker"`
	Boilerplate     []string `json:"boilerplate"`
	Contacts        []string `json:"contacts"`
	Signature       []string `json:"signature"`
	Footer          []string `json:"footer"`
}

// Attachment is an extra MIME part; the generator makes its bytes.
type Attachment struct {
	Filename string   `json:"filename"`
	Role     string   `json:"role"`
	Text     []string `json:"text"`
}

// Expected holds the labels; field order is the order of the written JSON.
type Expected struct {
	Kind           string       `json:"kind"`
	Headline       *string      `json:"headline"`
	Subheadline    *string      `json:"subheadline"`
	Dateline       *Dateline    `json:"dateline"`
	EmbargoUntil   *string      `json:"embargo_until"`
	EmbargoHold    bool         `json:"embargo_hold,omitempty"`
	Issuer         *string      `json:"issuer"`
	Language       string       `json:"language"`
	BodyStartsWith *string      `json:"body_starts_with"`
	BodyEndsWith   *string      `json:"body_ends_with"`
	BodyExcludes   []string     `json:"body_excludes"`
	Contacts       []Contact    `json:"contacts"`
	Topics         []string     `json:"topics"`
	People         []string     `json:"people"`
	Organisations  []string     `json:"organisations"`
	Places         []string     `json:"places"`
	Attachments    AttachCounts `json:"attachments"`
	DuplicateOf    *string      `json:"duplicate_of"`
	RevisionOf     *string      `json:"revision_of"`
	Notes          string       `json:"notes"`
}

// Dateline is the labelled place and ISO date; Place is null for a date alone.
type Dateline struct {
	Place *string `json:"place"`
	Date  *string `json:"date"`
}

// Contact is one media contact; missing parts are null.
type Contact struct {
	Name  *string `json:"name"`
	Email *string `json:"email"`
	Phone *string `json:"phone"`
}

// AttachCounts counts the attachments that belong to the release.
type AttachCounts struct {
	Images    int `json:"images"`
	Documents int `json:"documents"`
}

// decodeBrief reads one brief strictly: unknown fields and trailing data are errors.
func decodeBrief(r io.Reader) (*Brief, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var b Brief
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("decode: trailing data after the brief object")
	}
	return &b, nil
}

// expectedJSON renders the labels as the corpus stores them: two-space
// indent, fixed key order, empty lists as [] and a final newline.
func expectedJSON(e Expected) ([]byte, error) {
	for _, l := range []*[]string{&e.BodyExcludes, &e.Topics, &e.People, &e.Organisations, &e.Places} {
		if *l == nil {
			*l = []string{}
		}
	}
	if e.Contacts == nil {
		e.Contacts = []Contact{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(e); err != nil {
		return nil, fmt.Errorf("encode expected: %w", err)
	}
	return buf.Bytes(), nil
}
