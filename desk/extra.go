package desk

import "net/http"

// Route is a route another package serves behind the desk's
// authentication (publishing's feeds, published API and webhook admin).
type Route struct {
	Pattern string
	Chief   bool // chief or admin only; otherwise any signed-in account or token
	Admin   bool // admin only (changes to publishing's configuration); wins over Chief
	Handler http.HandlerFunc
}

// extraRoutes turns Options.Routes into entries of the route table, so
// the authentication test and the mux treat them like the desk's own.
func (d *Desk) extraRoutes() []route {
	var rs []route
	for _, r := range d.extra {
		a := editor
		if r.Chief {
			a = chief
		}
		if r.Admin {
			a = admin
		}
		rs = append(rs, route{pattern: r.Pattern, access: a, handler: r.Handler, api: true})
	}
	return append(rs, d.publishingRoutes()...)
}
