package desk

import (
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/alexedwards/argon2id"

	"newsdesk/store"
)

// Login limits: failures within the window before further attempts are
// refused. They live in PostgreSQL so every replica counts the same.
const (
	failWindow     = 15 * time.Minute
	maxUserFailure = 5  // per account: guessing one password
	maxAddrFailure = 20 // per address: spraying many accounts
)

func (d *Desk) loginForm(w http.ResponseWriter, r *http.Request) {
	d.render(w, r, http.StatusOK, "login", map[string]any{"Next": safeNext(r.URL.Query().Get("next"))})
}

func (d *Desk) login(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimSpace(r.PostFormValue("username"))
	pw := r.PostFormValue("password")
	next := safeNext(r.PostFormValue("next"))
	fail := func(status int, msg string) {
		d.render(w, r, status, "login", map[string]any{"Next": next, "Username": name, "Error": msg})
	}
	userKey, addrKey := "user:"+strings.ToLower(name), "addr:"+clientAddr(r)
	since := time.Now().Add(-failWindow)
	nu, err := d.st.LoginFailures(r.Context(), userKey, since)
	if err == nil {
		var na int
		na, err = d.st.LoginFailures(r.Context(), addrKey, since)
		nu = max(nu-maxUserFailure+1, na-maxAddrFailure+1)
	}
	if err != nil {
		d.serverError(w, r, err)
		return
	}
	if nu > 0 {
		d.log.Warn("desk: login refused, too many failures", "user", name, "addr", clientAddr(r))
		w.Header().Set("Retry-After", "900")
		fail(http.StatusTooManyRequests, "Too many failed attempts. Try again in 15 minutes.")
		return
	}
	u, err := d.st.UserByName(r.Context(), name)
	ok := false
	switch {
	case errors.Is(err, store.ErrNotFound):
		argon2id.ComparePasswordAndHash(pw, dummyHash) // same time as a real check
	case err != nil:
		d.serverError(w, r, err)
		return
	default:
		ok, _, err = argon2id.CheckHash(pw, u.PasswordHash)
		ok = ok && err == nil && !u.Disabled
	}
	if !ok {
		if err := d.st.AddLoginFailure(r.Context(), userKey, addrKey); err != nil {
			d.log.Error("desk: record login failure", "err", err)
		}
		d.log.Info("desk: login failed", "user", name, "addr", clientAddr(r))
		fail(http.StatusUnauthorized, "Wrong user name or password.")
		return
	}
	if err := d.st.ClearLoginFailures(r.Context(), userKey); err != nil {
		d.log.Error("desk: clear login failures", "err", err)
	}
	// A new token on login, so a token planted before it is worthless.
	if err := d.sessions.RenewToken(r.Context()); err != nil {
		d.serverError(w, r, err)
		return
	}
	d.sessions.Put(r.Context(), sessionUser, u.ID)
	d.log.Info("desk: login", "user", u.Name)
	http.Redirect(w, r, next, http.StatusSeeOther)
}

func (d *Desk) logout(w http.ResponseWriter, r *http.Request) {
	if err := d.sessions.Destroy(r.Context()); err != nil {
		d.serverError(w, r, err)
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// safeNext keeps a redirect target on this site: a path, not "//host".
func safeNext(next string) string {
	if !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") {
		return "/"
	}
	return next
}

// clientAddr is the peer's IP. Behind a proxy every editor shares the
// proxy's address, which the per-address limit then covers as a whole;
// forwarded headers are not trusted because anyone can send them.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func urlQueryEscape(s string) string { return url.QueryEscape(s) }

// dummyHash is compared against for unknown users, so that timing does not
// tell names apart: a hash made once, offline, with the parameters
// hashPassword uses (argon2id.DefaultParams). Computing it at start-up
// cost every process that serves the desk 64 MiB of transient heap.
const dummyHash = "$argon2id$v=19$m=65536,t=1,p=2$OITaqXalNS241mex09x4yg$1aM5ZJIqtYCPDqb/QrHYv4N9V/0kNYka1MsPUyvGtkE"
