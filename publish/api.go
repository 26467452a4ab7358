package publish

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"newsdesk/store"
)

// API serves what was published — ninjs, Atom — and the webhook admin
// routes. It does no authentication: the integrator mounts it behind the
// desk's.
type API struct {
	Store    *store.Store
	Log      *slog.Logger
	PageSize int // entries per page; default 50
	topics   *topicTree
}

// NewAPI returns the read API over st.
func NewAPI(st *store.Store, log *slog.Logger) *API {
	return &API{Store: st, Log: log, PageSize: 50, topics: newTopicTree()}
}

// Route is one of the API's routes; Admin ones change configuration.
type Route struct {
	Pattern string
	Admin   bool
	Handler http.HandlerFunc
}

// Routes lists the feeds, the published API and the webhook admin, for
// the desk to serve behind its authentication.
func (a *API) Routes() []Route {
	return []Route{
		{Pattern: "GET /api/v1/published", Handler: a.published},
		{Pattern: "GET /feeds/published.atom", Handler: a.atomAll},
		{Pattern: "GET /feeds/topics/{file}", Handler: a.atomTopic},
		{Pattern: "GET /api/v1/webhooks", Admin: true, Handler: a.webhooks},
		{Pattern: "POST /api/v1/webhooks", Admin: true, Handler: a.addWebhook},
		{Pattern: "GET /api/v1/webhooks/{id}/deliveries", Admin: true, Handler: a.deliveries},
		{Pattern: "GET /api/v1/publish/alerts", Handler: a.alerts},
	}
}

// ParseCursor reads a since/before cursor: "" is the start, else the
// decimal sequence number of the last version seen.
func ParseCursor(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || s[0] == '+' {
		return 0, fmt.Errorf("publish: cursor %q is not a sequence number", s)
	}
	return n, nil
}

// Page is one answer of GET /api/v1/published.
type Page struct {
	Items []json.RawMessage `json:"items"` // ninjs documents, in publishing order
	Next  string            `json:"next"`  // pass as since= to continue; same cursor when nothing new
}

// published lists versions after the cursor. A client that stores Next
// and comes back sees every version exactly once, in commit order.
func (a *API) published(w http.ResponseWriter, r *http.Request) {
	since, err := ParseCursor(r.URL.Query().Get("since"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	limit := a.limit(r)
	ps, err := a.Store.PublishedSince(r.Context(), since, limit)
	if err != nil {
		a.fail(w, err)
		return
	}
	page := Page{Items: []json.RawMessage{}, Next: strconv.FormatInt(since, 10)}
	for _, p := range ps {
		page.Items = append(page.Items, p.Doc)
		page.Next = strconv.FormatInt(p.Seq, 10)
	}
	writeJSON(w, http.StatusOK, page)
}

func (a *API) limit(r *http.Request) int {
	size := a.PageSize
	if size <= 0 {
		size = 50
	}
	if n, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && n > 0 && n <= 500 {
		return n
	}
	return size
}

func (a *API) webhooks(w http.ResponseWriter, r *http.Request) {
	eps, err := a.Store.Endpoints(r.Context())
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, eps)
}

// addWebhook answers with the secret: the only time anyone sees it.
func (a *API) addWebhook(w http.ResponseWriter, r *http.Request) {
	var req struct{ Name, URL string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&req); err != nil {
		http.Error(w, "publish: body must be {\"name\":…,\"url\":…}", http.StatusBadRequest)
		return
	}
	secret, err := AddWebhook(r.Context(), a.Store, req.Name, req.URL)
	switch {
	case errors.Is(err, store.ErrExists):
		http.Error(w, err.Error(), http.StatusConflict)
	case errors.Is(err, ErrInvalidWebhook):
		http.Error(w, err.Error(), http.StatusBadRequest)
	case err != nil:
		a.fail(w, err)
	default:
		writeJSON(w, http.StatusCreated, map[string]string{"name": req.Name, "url": req.URL, "secret": secret})
	}
}

func (a *API) deliveries(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	log, err := a.Store.DeliveryLog(r.Context(), id, a.limit(r))
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, log)
}

func (a *API) alerts(w http.ResponseWriter, r *http.Request) {
	alerts, err := a.Store.Alerts(r.Context(), a.limit(r))
	if err != nil {
		a.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, alerts)
}

// fail answers a storage error without showing its details to the client.
func (a *API) fail(w http.ResponseWriter, err error) {
	a.Log.Error("publish: api", "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
