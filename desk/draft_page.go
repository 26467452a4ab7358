package desk

import (
	"html/template"
	"net/http"

	"newsdesk/store"
)

// form is the editable part of a draft as the page's form carries it.
type form struct {
	Version       int
	Headline      string
	Subheadline   string
	Place         string
	Date          string
	BodyHTML      string
	Topics        string // IPTC codes, comma-separated
	People        string
	Organisations string
	Places        string
}

func formOf(dr store.DeskDraft) form {
	f := form{Version: dr.Version, Headline: dr.Headline, BodyHTML: dr.BodyHTML,
		People: joinList(dr.People), Organisations: joinList(dr.Organisations), Places: joinList(dr.Places)}
	if dr.Subheadline != nil {
		f.Subheadline = *dr.Subheadline
	}
	if dr.Dateline != nil {
		f.Place, f.Date = dr.Dateline.Place, dr.Dateline.Date
	}
	codes := make([]string, len(dr.Topics))
	for i, t := range dr.Topics {
		codes[i] = t.Code
	}
	f.Topics = joinList(codes)
	return f
}

func (d *Desk) draftPage(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	d.renderDraft(w, r, http.StatusOK, dr, formOf(dr), nil)
}

// renderDraft shows the draft page; f is what the form holds (the
// editor's own text after a conflict), notice a message above it.
func (d *Desk) renderDraft(w http.ResponseWriter, r *http.Request, status int, dr store.DeskDraft, f form, notice map[string]any) {
	hist, err := d.st.History(r.Context(), dr.ID)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	raw, err := d.st.RawMessage(r.Context(), dr.ID)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	copies, rev, err := d.story(r.Context(), dr)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	d.render(w, r, status, "draft", map[string]any{
		"Copies":   copies,
		"Revision": rev,
		"D":        dr,
		"Form":     f,
		"Body":     template.HTML(d.sanitize(dr.BodyHTML)), // sanitised again before display
		"Original": parseOriginal(raw),
		"History":  hist,
		"Notice":   notice,
	})
}
