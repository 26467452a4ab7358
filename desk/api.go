package desk

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"

	"newsdesk/draft"
	"newsdesk/store"
)

func (d *Desk) apiList(w http.ResponseWriter, r *http.Request) {
	f := d.filterFrom(r)
	if f.Tab == store.TabFailed || f.Tab != "" && !slices.Contains(store.Tabs, f.Tab) {
		writeJSONError(w, http.StatusBadRequest, "tab must be one of the draft tabs")
		return
	}
	items, err := d.st.Queue(r.Context(), f)
	if err != nil {
		d.apiError(w, r, err)
		return
	}
	out := map[string]any{"drafts": items}
	if len(items) > 0 {
		out["next_before"] = items[len(items)-1].ID
	}
	writeJSON(w, http.StatusOK, out)
}

func (d *Desk) apiGet(w http.ResponseWriter, r *http.Request) {
	if dr, ok := d.loadDraft(w, r); ok {
		writeJSON(w, http.StatusOK, dr)
	}
}

// patchBody is PATCH /api/v1/drafts/{id}: version is required, absent
// fields stay as they are.
type patchBody struct {
	Version       int             `json:"version"`
	Headline      *string         `json:"headline"`
	Subheadline   *string         `json:"subheadline"`
	Dateline      *draft.Dateline `json:"dateline"`
	BodyHTML      *string         `json:"body_html"`
	Topics        []string        `json:"topics"` // IPTC codes
	People        []string        `json:"people"`
	Organisations []string        `json:"organisations"`
	Places        []string        `json:"places"`
}

func (d *Desk) apiPatch(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	var p patchBody
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<20)).Decode(&p); err != nil || p.Version == 0 {
		writeJSONError(w, http.StatusBadRequest, "send a JSON object with the version you edited")
		return
	}
	f := formOf(dr)
	f.Version = p.Version
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = *v
		}
	}
	set(&f.Headline, p.Headline)
	set(&f.Subheadline, p.Subheadline)
	set(&f.BodyHTML, p.BodyHTML)
	if p.Dateline != nil {
		f.Place, f.Date = p.Dateline.Place, p.Dateline.Date
	}
	for _, l := range []struct {
		dst *string
		v   []string
	}{{&f.Topics, p.Topics}, {&f.People, p.People}, {&f.Organisations, p.Organisations}, {&f.Places, p.Places}} {
		if l.v != nil {
			*l.dst = joinList(l.v)
		}
	}
	if _, err := d.applyEdit(r.Context(), dr, f, who(r).Name); err != nil {
		d.apiError(w, r, err)
		return
	}
	d.apiGet(w, r)
}

func (d *Desk) apiApprove(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	if err := d.approver.Approve(r.Context(), dr.ID, who(r).Name); err != nil {
		d.apiError(w, r, err)
		return
	}
	d.apiGet(w, r)
}

func (d *Desk) apiReject(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	var body struct {
		Reason  string `json:"reason"`
		Version int    `json:"version"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&body); err != nil {
		writeJSONError(w, http.StatusBadRequest, `send {"reason": "…"}`)
		return
	}
	if err := d.rejectDraft(r.Context(), dr.ID, who(r).Name, body.Reason, body.Version); err != nil {
		d.apiError(w, r, err)
		return
	}
	d.apiGet(w, r)
}

// apiError maps domain errors to statuses; anything else is a 500 whose
// detail stays in the log.
func (d *Desk) apiError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeJSONError(w, http.StatusNotFound, "no such draft")
	case errors.Is(err, store.ErrConflict):
		writeJSONError(w, http.StatusConflict, "the draft changed since that version: read it again")
	case errors.Is(err, store.ErrState), refused(err):
		writeJSONError(w, http.StatusConflict, err.Error())
	default:
		d.log.Error("desk: api", "method", r.Method, "path", r.URL.Path, "err", err)
		writeJSONError(w, http.StatusInternalServerError, "internal error")
	}
}
