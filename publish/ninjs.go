package publish

import (
	"fmt"
	"math"
	"strings"
	"time"

	"newsdesk/draft"
)

// Ninjs is the subset of IPTC ninjs 2.2 that newsdesk publishes. Field
// names and shapes follow the schema in testdata/, which tests check.
type Ninjs struct {
	URI            string        `json:"uri"`
	Standard       *Standard     `json:"standard,omitempty"`
	Type           string        `json:"type,omitempty"`
	Version        string        `json:"version,omitempty"`
	FirstCreated   string        `json:"firstcreated,omitempty"`
	VersionCreated string        `json:"versioncreated,omitempty"`
	Embargoed      string        `json:"embargoed,omitempty"`
	PubStatus      string        `json:"pubstatus,omitempty"`
	EdNote         string        `json:"ednote,omitempty"`
	Language       string        `json:"language,omitempty"`
	Located        string        `json:"located,omitempty"`
	By             string        `json:"by,omitempty"`
	Headlines      []Text        `json:"headlines,omitempty"`
	Bodies         []Text        `json:"bodies,omitempty"`
	Subjects       []Subject     `json:"subjects,omitempty"`
	People         []Named       `json:"people,omitempty"`
	Organisations  []Named       `json:"organisations,omitempty"`
	Places         []Named       `json:"places,omitempty"`
	Associations   []Association `json:"associations,omitempty"`
	Renditions     []Rendition   `json:"renditions,omitempty"`
	Name           string        `json:"name,omitempty"` // only on associations
}

// Standard names the format, so a receiver can tell ninjs versions apart.
type Standard struct {
	Name    string `json:"name"`
	Version string `json:"version"`
	Schema  string `json:"schema"`
}

// Text is a headline or a body.
type Text struct {
	Role        string `json:"role,omitempty"`
	ContentType string `json:"contenttype,omitempty"`
	Value       string `json:"value"`
}

// Subject is a Media Topic with how sure the tagger was.
type Subject struct {
	Name       string `json:"name,omitempty"`
	URI        string `json:"uri,omitempty"`
	Literal    string `json:"literal,omitempty"`
	Creator    string `json:"creator,omitempty"`
	Relevance  int    `json:"relevance"`
	Confidence int    `json:"confidence"`
}

// Named is a person, organisation or place known by name only.
type Named struct {
	Name string `json:"name"`
}

// Association is an image or document that belongs to the story; in ninjs
// it is a ninjs object itself.
type Association = Ninjs

// Rendition describes an association's file.
type Rendition struct {
	Name        string `json:"name"`
	ContentType string `json:"contenttype,omitempty"`
	SizeInBytes int64  `json:"sizeinbytes,omitempty"`
}

// MediaTopicURI is where IPTC publishes each Media Topic code.
const MediaTopicURI = "http://cv.iptc.org/newscodes/mediatopic/"

// VersionInfo is what publishing knows about a version beyond the draft.
type VersionInfo struct {
	URI          string
	Version      int
	FirstCreated time.Time
	Created      time.Time
	EdNote       string
	Canceled     bool
}

// BuildNinjs turns an article into the ninjs document of one version.
func BuildNinjs(a Article, v VersionInfo) Ninjs {
	n := Ninjs{
		URI:            v.URI,
		Standard:       &Standard{Name: "ninjs", Version: "2.2", Schema: "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"},
		Type:           "text",
		Version:        fmt.Sprint(v.Version),
		FirstCreated:   stamp(v.FirstCreated),
		VersionCreated: stamp(v.Created),
		PubStatus:      "usable",
		EdNote:         v.EdNote,
		Language:       a.Language,
		By:             a.Issuer,
	}
	if v.Canceled {
		n.PubStatus = "canceled"
	}
	if a.EmbargoUntil != nil {
		n.Embargoed = stamp(*a.EmbargoUntil)
	}
	if a.Dateline != nil {
		n.Located = a.Dateline.Place
	}
	n.Headlines = []Text{{Role: "main", ContentType: "text/plain", Value: a.Headline}}
	if a.Subheadline != nil && *a.Subheadline != "" {
		n.Headlines = append(n.Headlines, Text{Role: "sub", ContentType: "text/plain", Value: *a.Subheadline})
	}
	if a.BodyHTML != "" {
		n.Bodies = append(n.Bodies, Text{Role: "main", ContentType: "text/html", Value: a.BodyHTML})
	}
	if a.BodyText != "" {
		n.Bodies = append(n.Bodies, Text{Role: "main", ContentType: "text/plain", Value: a.BodyText})
	}
	for _, t := range a.Topics {
		if t.Code == "" {
			continue
		}
		sub := Subject{Name: t.Label, Creator: t.Source, Relevance: percent(t.Score), Confidence: confidence(t)}
		if isMediaTopicCode(t.Code) {
			sub.URI = MediaTopicURI + t.Code
		} else {
			sub.Literal = t.Code // not a code IPTC could have: no uri to make of it
		}
		n.Subjects = append(n.Subjects, sub)
	}
	n.People = named(a.People)
	n.Organisations = named(a.Organisations)
	n.Places = named(a.Places)
	n.Associations = associations(a.Attachments, v.URI)
	return n
}

// isMediaTopicCode: Media Topic codes are eight digits.
func isMediaTopicCode(code string) bool {
	if len(code) != 8 {
		return false
	}
	for _, c := range code {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// stampLayout is RFC 3339 in UTC with milliseconds: whole seconds would
// let a story published 0.3 s after a lift at .5 s show a versioncreated
// before its embargo.
const stampLayout = "2006-01-02T15:04:05.000Z07:00"

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(stampLayout)
}

// percent maps a tagger score (0..1, or already 0..100) to ninjs's 0..100.
func percent(score float64) int {
	if score <= 1 {
		score *= 100
	}
	return int(math.Round(math.Max(0, math.Min(100, score))))
}

// confidence is full for a topic a person chose; otherwise the score.
func confidence(t Topic) int {
	if strings.EqualFold(t.Source, "editor") || strings.EqualFold(t.Source, "manual") {
		return 100
	}
	return percent(t.Score)
}

func named(names []string) []Named {
	var out []Named
	for _, s := range names {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, Named{Name: s})
		}
	}
	return out
}

// associations lists the pictures and documents that are part of the
// release; signature logos and covering-note files stay out.
func associations(atts []draft.Attachment, storyURI string) []Association {
	var out []Association
	for _, at := range atts {
		if !at.InRelease {
			continue
		}
		kind := ""
		switch at.Role {
		case draft.RoleImage, draft.RoleInline:
			kind = "picture"
		case draft.RoleDocument:
			kind = "text"
		default:
			continue
		}
		out = append(out, Association{
			Name:       fmt.Sprintf("%s%d", kind, len(out)+1),
			URI:        fmt.Sprintf("%s/attachment/%d", storyURI, at.Index),
			Type:       kind,
			Headlines:  []Text{{Value: at.Filename}},
			Renditions: []Rendition{{Name: "original", ContentType: at.ContentType, SizeInBytes: at.Size}},
		})
	}
	return out
}
