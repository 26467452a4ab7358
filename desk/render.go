package desk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
	"strings"
	"time"
)

// csp is the policy of every desk page: nothing inline, nothing remote.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// securityHeaders sets the headers every response carries; the original
// email's route replaces the CSP and framing with its own.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if !strings.HasPrefix(r.URL.Path, "/static/") {
			h.Set("Cache-Control", "no-store")
		}
		next.ServeHTTP(w, r)
	})
}

var tabLabels = map[string]string{
	"new": "New", "in_review": "In review", "approved": "Approved", "scheduled": "Scheduled",
	"published": "Published", "rejected": "Rejected", "not_release": "Not releases", "failed": "Failed",
}

var funcs = template.FuncMap{
	"tabLabel": func(t string) string { return tabLabels[t] },
	"join":     func(s []string) string { return strings.Join(s, ", ") },
	"time": func(t time.Time) string {
		return t.UTC().Format("2 Jan 2006 15:04 UTC")
	},
	"iso":       func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
	"countdown": countdown,
	"future":    func(t *time.Time) bool { return t != nil && t.After(time.Now()) },
	"firstLine": func(s string) string { l, _, _ := strings.Cut(s, "\n"); return l },
}

// countdown says how long until t, for the queue's embargo column; the
// script refreshes it every minute.
func countdown(t time.Time) string {
	d := time.Until(t)
	if d <= 0 {
		return "lifted"
	}
	d = d.Round(time.Minute)
	if d >= 48*time.Hour {
		return fmt.Sprintf("in %dd %dh", int(d.Hours())/24, int(d.Hours())%24)
	}
	return fmt.Sprintf("in %dh %02dm", int(d.Hours()), int(d.Minutes())%60)
}

func parsePages() (map[string]*template.Template, error) {
	pages := map[string]*template.Template{}
	for _, name := range []string{"login", "queue", "draft", "publishing", "deliveries"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("desk: template %s: %w", name, err)
		}
		pages[name] = t
	}
	return pages, nil
}

// render executes a page into a buffer first, so a template error never
// sends half a page.
func (d *Desk) render(w http.ResponseWriter, r *http.Request, status int, page string, data map[string]any) {
	data["User"] = who(r)
	data["Page"] = page
	var buf bytes.Buffer
	if err := d.pages[page].ExecuteTemplate(&buf, "layout", data); err != nil {
		d.serverError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func (d *Desk) serverError(w http.ResponseWriter, r *http.Request, err error) {
	d.log.Error("desk: request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func writeJSONError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
