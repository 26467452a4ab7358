package desk

import (
	"net/http"

	"newsdesk/store"
)

// AdminToken reports whether r carries the bearer token of an enabled
// admin account's API token (`newsdesk token add NAME --role admin`):
// what /metrics asks for on a process that serves the desk. A session is
// not enough: scrapers send tokens, and a browser has no business there.
func (d *Desk) AdminToken(r *http.Request) bool {
	if r.Header.Get("Authorization") == "" {
		return false
	}
	p, err := d.authenticate(r)
	if err != nil {
		d.log.Error("desk: authenticate a metrics token", "err", err)
		return false
	}
	return p.Token && p.Role == store.RoleAdmin
}
