package desk

import (
	"errors"
	"net/http"
	"strconv"

	"newsdesk/store"
)

// logLimit is how many lines of a delivery log and alerts a page shows.
const logLimit = 100

// publishingRoutes are the desk's pages over publishing: chiefs see the
// webhook endpoints, their delivery logs and the alerts; only admins
// change endpoints.
func (d *Desk) publishingRoutes() []route {
	return []route{
		{pattern: "GET /publishing/{$}", access: chief, handler: d.publishingPage},
		{pattern: "POST /publishing/webhooks", access: admin, handler: d.addWebhook},
		{pattern: "POST /publishing/webhooks/enable", access: admin, handler: d.enableWebhook},
		{pattern: "GET /publishing/webhooks/{id}/{$}", access: chief, handler: d.deliveriesPage},
	}
}

func (d *Desk) publishingPage(w http.ResponseWriter, r *http.Request) {
	d.renderPublishing(w, r, http.StatusOK, map[string]any{})
}

// renderPublishing shows the endpoints and alerts with data's extras: a
// form error, or the secret of an endpoint just added.
func (d *Desk) renderPublishing(w http.ResponseWriter, r *http.Request, status int, data map[string]any) {
	eps, err := d.st.Endpoints(r.Context())
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	alerts, err := d.st.Alerts(r.Context(), logLimit)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	data["Endpoints"], data["Alerts"] = eps, alerts
	data["Admin"] = who(r).Role == store.RoleAdmin
	data["CanAdd"] = d.addHook != nil
	d.render(w, r, status, "publishing", data)
}

// addWebhook answers with the page itself rather than a redirect: the
// secret is in this one response and nowhere else afterwards.
func (d *Desk) addWebhook(w http.ResponseWriter, r *http.Request) {
	if d.addHook == nil {
		http.NotFound(w, r)
		return
	}
	name, url := r.PostFormValue("name"), r.PostFormValue("url")
	secret, err := d.addHook(r.Context(), name, url)
	switch {
	case errors.Is(err, store.ErrExists):
		d.renderPublishing(w, r, http.StatusConflict, map[string]any{"Error": "an endpoint named " + strconv.Quote(name) + " exists"})
	case refused(err):
		d.renderPublishing(w, r, http.StatusBadRequest, map[string]any{"Error": err.Error()})
	case err != nil:
		d.serverError(w, r, err)
	default:
		d.log.Info("desk: webhook added", "name", name, "actor", who(r).Name)
		d.renderPublishing(w, r, http.StatusCreated, map[string]any{"Added": name, "Secret": secret})
	}
}

func (d *Desk) enableWebhook(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	err := d.st.EnableEndpoint(r.Context(), name)
	switch {
	case errors.Is(err, store.ErrNotFound):
		http.NotFound(w, r)
	case err != nil:
		d.serverError(w, r, err)
	default:
		d.log.Info("desk: webhook enabled", "name", name, "actor", who(r).Name)
		http.Redirect(w, r, "/publishing/", http.StatusSeeOther)
	}
}

func (d *Desk) deliveriesPage(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	eps, err := d.st.Endpoints(r.Context())
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	var ep *store.Endpoint
	for i := range eps {
		if eps[i].ID == id {
			ep = &eps[i]
		}
	}
	if ep == nil {
		http.NotFound(w, r)
		return
	}
	pending, err := d.st.PendingDeliveries(r.Context(), id, logLimit)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	attempts, err := d.st.DeliveryLog(r.Context(), id, logLimit)
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	d.render(w, r, http.StatusOK, "deliveries", map[string]any{"Endpoint": ep, "Pending": pending, "Attempts": attempts})
}
