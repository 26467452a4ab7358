package desk

import (
	"errors"
	"net/http"
	"strconv"

	"newsdesk/store"
)

// retryFailed runs the current normaliser again over a failed email, for
// a chief or admin: the same as `newsdesk failed retry ID`.
func (d *Desk) retryFailed(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if d.retry == nil {
		http.Error(w, "retrying failed mail is not configured on this server", http.StatusNotImplemented)
		return
	}
	err = d.retry(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFailed), errors.Is(err, store.ErrNotFound):
		http.Error(w, "message "+strconv.FormatInt(id, 10)+" is not a failed email", http.StatusConflict)
	case err != nil:
		d.serverError(w, r, err)
	default:
		d.log.Info("desk: failed email retried", "message", id, "user", who(r).Name)
		http.Redirect(w, r, "/?tab="+store.TabFailed, http.StatusSeeOther)
	}
}
