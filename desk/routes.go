package desk

import "net/http"

// access says who may use a route.
type access int

const (
	public access = iota // anyone: the login form, static files
	editor               // any signed-in account or token
	chief                // chief or admin
	admin                // admin only
)

// route is one entry of the desk's single route table: the mux, the
// authentication test and the OpenAPI test all read it.
type route struct {
	pattern string
	access  access
	handler http.HandlerFunc
	api     bool // answers JSON and 401 instead of redirecting to /login
}

func (d *Desk) routes() []route {
	return append([]route{
		{pattern: "GET /login", access: public, handler: d.loginForm},
		{pattern: "POST /login", access: public, handler: d.login},
		{pattern: "GET /static/", access: public, handler: staticFiles().ServeHTTP},
		{pattern: "POST /logout", access: editor, handler: d.logout},
		{pattern: "GET /{$}", access: editor, handler: d.queuePage},
		{pattern: "GET /events", access: editor, handler: d.events},
		{pattern: "GET /drafts/{id}/{$}", access: editor, handler: d.draftPage},
		{pattern: "POST /drafts/{id}/{$}", access: editor, handler: d.saveDraft},
		{pattern: "POST /drafts/{id}/claim", access: editor, handler: d.claim},
		{pattern: "POST /drafts/{id}/release", access: editor, handler: d.release},
		{pattern: "POST /drafts/{id}/approve", access: editor, handler: d.approve},
		{pattern: "POST /drafts/{id}/reject", access: editor, handler: d.reject},
		{pattern: "POST /drafts/{id}/not-release", access: editor, handler: d.notRelease},
		{pattern: "POST /drafts/{id}/restore", access: chief, handler: d.restore},
		{pattern: "POST /failed/{id}/retry", access: chief, handler: d.retryFailed},
		{pattern: "GET /drafts/{id}/original", access: editor, handler: d.originalHTML},
		{pattern: "GET /drafts/{id}/attachment/{n}", access: editor, handler: d.attachment},
		{pattern: "GET /drafts/{id}/message.eml", access: editor, handler: d.rawMessage},
		{pattern: "GET /api/v1/openapi.json", access: editor, handler: d.openAPI, api: true},
		{pattern: "GET /api/v1/drafts", access: editor, handler: d.apiList, api: true},
		{pattern: "GET /api/v1/drafts/{id}", access: editor, handler: d.apiGet, api: true},
		{pattern: "PATCH /api/v1/drafts/{id}", access: editor, handler: d.apiPatch, api: true},
		{pattern: "POST /api/v1/drafts/{id}/approve", access: editor, handler: d.apiApprove, api: true},
		{pattern: "POST /api/v1/drafts/{id}/reject", access: editor, handler: d.apiReject, api: true},
		{pattern: "GET /api/v1/tags/suggest", access: editor, handler: d.apiSuggest, api: true},
	}, d.extraRoutes()...)
}
