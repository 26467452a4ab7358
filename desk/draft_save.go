package desk

import (
	"errors"
	"net/http"
	"strconv"

	"newsdesk/store"
)

// saveDraft stores the edit form. When someone else saved first, the page
// comes back with 409, the editor's text still in the form and theirs
// beside it; saving again then overwrites theirs knowingly.
func (d *Desk) saveDraft(w http.ResponseWriter, r *http.Request) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	f := form{
		Headline: r.PostFormValue("headline"), Subheadline: r.PostFormValue("subheadline"),
		Place: r.PostFormValue("place"), Date: r.PostFormValue("date"), BodyHTML: r.PostFormValue("body_html"),
		Topics: r.PostFormValue("topics"), People: r.PostFormValue("people"),
		Organisations: r.PostFormValue("organisations"), Places: r.PostFormValue("places"),
	}
	f.Version, _ = strconv.Atoi(r.PostFormValue("version"))
	_, err := d.applyEdit(r.Context(), dr, f, who(r).Name)
	switch {
	case errors.Is(err, store.ErrConflict):
		theirs := formOf(dr)
		f.Version = dr.Version
		d.renderDraft(w, r, http.StatusConflict, dr, f, map[string]any{"Conflict": theirs})
	case errors.Is(err, store.ErrState):
		d.renderDraft(w, r, http.StatusConflict, dr, f, map[string]any{"Error": "A published draft can no longer be edited."})
	case err != nil:
		d.serverError(w, r, err)
	default:
		http.Redirect(w, r, "/drafts/"+strconv.FormatInt(dr.ID, 10)+"/?saved=1", http.StatusSeeOther)
	}
}
