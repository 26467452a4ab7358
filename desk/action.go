package desk

import (
	"context"
	"errors"
	"net/http"
	"strconv"

	"newsdesk/store"
)

// act runs a review action from a form and goes back where the form said
// (the queue or the draft); a refused action shows why.
func (d *Desk) act(w http.ResponseWriter, r *http.Request, do func(ctx context.Context, dr store.DeskDraft, actor string) error) {
	dr, ok := d.loadDraft(w, r)
	if !ok {
		return
	}
	err := do(r.Context(), dr, who(r).Name)
	switch {
	case errors.Is(err, store.ErrState), errors.Is(err, store.ErrConflict), refused(err):
		f := formOf(dr)
		d.renderDraft(w, r, http.StatusConflict, dr, f, map[string]any{"Error": err.Error()})
	case err != nil:
		d.serverError(w, r, err)
	default:
		next := r.PostFormValue("next")
		if next == "" {
			next = "/drafts/" + strconv.FormatInt(dr.ID, 10) + "/"
		}
		http.Redirect(w, r, safeNext(next), http.StatusSeeOther)
	}
}

// errRefused wraps an action the desk itself refuses (a missing reason).
var errRefused = errors.New("desk: refused")

// version reads the optional version field: when given, the action
// applies only to the draft as the editor saw it.
func version(r *http.Request) int {
	v, _ := strconv.Atoi(r.PostFormValue("version"))
	return v
}
