package publish

import (
	"encoding/json"
	"encoding/xml"
	"net/http"
	"strconv"
	"strings"
	"time"

	"newsdesk/store"
)

// Atom (RFC 4287) documents, paged per RFC 5005 §3: each page links to
// the next older one.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Updated    string         `xml:"updated"`
	Published  string         `xml:"published,omitempty"`
	Author     *atomPerson    `xml:"author,omitempty"`
	Categories []atomCategory `xml:"category"`
	Summary    *atomText      `xml:"summary,omitempty"`
	Content    atomText       `xml:"content"`
}

type atomCategory struct {
	Term   string `xml:"term,attr"`
	Scheme string `xml:"scheme,attr,omitempty"`
	Label  string `xml:"label,attr,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr,omitempty"`
	Body string `xml:",chardata"`
}

func (a *API) atomAll(w http.ResponseWriter, r *http.Request) {
	a.atom(w, r, "", "newsdesk: published stories")
}

// atomTopic serves /feeds/topics/<top-level Media Topic code>.atom.
func (a *API) atomTopic(w http.ResponseWriter, r *http.Request) {
	code, ok := strings.CutSuffix(r.PathValue("file"), ".atom")
	if !ok || !a.topics.isTopLevel(code) {
		http.NotFound(w, r)
		return
	}
	a.atom(w, r, code, "newsdesk: published stories, Media Topic "+code)
}

func (a *API) atom(w http.ResponseWriter, r *http.Request, topic, title string) {
	before, err := ParseCursor(r.URL.Query().Get("before"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	limit := a.limit(r)
	ps, err := a.Store.LatestPublished(r.Context(), topic, before, limit)
	if err != nil {
		a.fail(w, err)
		return
	}
	self := requestBase(r) + r.URL.Path
	feed := atomFeed{
		ID:      "urn:newsdesk:feed:published",
		Title:   title,
		Updated: stamp(time.Now()), // an empty page; else its newest entry's
		Author:  atomPerson{Name: "newsdesk"},
		Links:   []atomLink{{Rel: "self", Href: self + pageQuery(before, 0), Type: "application/atom+xml"}, {Rel: "first", Href: self}},
	}
	if topic != "" {
		feed.ID = "urn:newsdesk:feed:topic:" + topic
	}
	for i, p := range ps {
		e, err := atomEntryOf(p)
		if err != nil {
			a.fail(w, err)
			return
		}
		if i == 0 {
			feed.Updated = e.Updated
		}
		feed.Entries = append(feed.Entries, e)
	}
	if len(ps) == limit {
		feed.Links = append(feed.Links, atomLink{Rel: "next", Href: self + pageQuery(ps[len(ps)-1].Seq, limit)})
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Write([]byte(xml.Header))
	enc := xml.NewEncoder(w)
	enc.Indent("", " ")
	if err := enc.Encode(feed); err != nil {
		a.Log.Warn("publish: write atom", "err", err)
	}
}

func pageQuery(before int64, limit int) string {
	if before == 0 {
		return ""
	}
	q := "?before=" + strconv.FormatInt(before, 10)
	if limit > 0 {
		q += "&limit=" + strconv.Itoa(limit)
	}
	return q
}

// requestBase is scheme://host as the client reached us (behind a proxy
// that terminates TLS, X-Forwarded-Proto says https).
func requestBase(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// atomEntryOf turns a stored ninjs version into an entry; the entry's id
// is the story's uri, so a correction replaces the entry in readers.
func atomEntryOf(p store.Published) (atomEntry, error) {
	var n Ninjs
	if err := json.Unmarshal(p.Doc, &n); err != nil {
		return atomEntry{}, err
	}
	e := atomEntry{ID: n.URI, Updated: n.VersionCreated, Published: n.FirstCreated}
	if n.By != "" {
		e.Author = &atomPerson{Name: n.By}
	}
	for _, h := range n.Headlines {
		if h.Role == "main" {
			e.Title = h.Value
		}
	}
	for _, b := range n.Bodies {
		switch b.ContentType {
		case "text/html":
			e.Content = atomText{Type: "html", Body: b.Value}
		case "text/plain":
			if e.Content.Body == "" {
				e.Content = atomText{Type: "text", Body: b.Value}
			}
		}
	}
	for _, h := range n.Headlines {
		if h.Role == "sub" {
			e.Summary = &atomText{Type: "text", Body: h.Value}
		}
	}
	for _, s := range n.Subjects {
		e.Categories = append(e.Categories, atomCategory{Term: strings.TrimPrefix(s.URI, MediaTopicURI),
			Scheme: MediaTopicURI, Label: s.Name})
	}
	return e, nil
}
