package desk

import (
	"context"
	"crypto/sha256"
	"errors"
	"net/http"
	"strings"

	"github.com/alexedwards/argon2id"

	"newsdesk/store"
)

// principal is who makes a request: a signed-in account or an API token.
type principal struct {
	Name  string
	Role  string
	Token bool
}

type principalKey struct{}

func who(r *http.Request) principal {
	p, _ := r.Context().Value(principalKey{}).(principal)
	return p
}

func (p principal) atLeast(a access) bool {
	switch a {
	case public:
		return true
	case editor:
		return p.Role != ""
	case chief:
		return p.Role == store.RoleChief || p.Role == store.RoleAdmin
	case admin:
		return p.Role == store.RoleAdmin
	}
	return false
}

// guard lets a request through to the route only when its principal may
// use it. Browsers without a session are sent to the login form; API
// clients get 401.
func (d *Desk) guard(rt route) http.Handler {
	if rt.access == public {
		return rt.handler
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p, err := d.authenticate(r)
		if err != nil {
			d.log.Error("desk: authenticate", "err", err)
			http.Error(w, "authentication is unavailable", http.StatusServiceUnavailable)
			return
		}
		switch {
		case p.Role == "" && (rt.api || r.Method != http.MethodGet || r.Header.Get("Authorization") != ""):
			w.Header().Set("WWW-Authenticate", `Bearer realm="newsdesk"`)
			writeJSONError(w, http.StatusUnauthorized, "sign in or send an API token")
		case p.Role == "":
			http.Redirect(w, r, "/login?next="+urlQueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
		case !p.atLeast(rt.access):
			http.Error(w, "your role may not do this", http.StatusForbidden)
		default:
			rt.handler(w, r.WithContext(context.WithValue(r.Context(), principalKey{}, p)))
		}
	})
}

// authenticate finds the request's principal; an empty one when there is
// none. A bearer token wins over the session.
func (d *Desk) authenticate(r *http.Request) (principal, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || tok == "" {
			return principal{}, nil
		}
		sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
		t, err := d.st.TokenByHash(r.Context(), sum[:])
		if errors.Is(err, store.ErrNotFound) {
			return principal{}, nil
		}
		if err != nil {
			return principal{}, err
		}
		return principal{Name: "token:" + t.Name, Role: t.Role, Token: true}, nil
	}
	id := d.sessions.GetInt64(r.Context(), sessionUser)
	if id == 0 {
		return principal{}, nil
	}
	u, err := d.st.UserByID(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) || err == nil && u.Disabled {
		return principal{}, nil
	}
	if err != nil {
		return principal{}, err
	}
	return principal{Name: u.Name, Role: u.Role}, nil
}

const sessionUser = "uid"

// hashPassword is argon2id with the library's recommended parameters.
func hashPassword(pw string) (string, error) {
	return argon2id.CreateHash(pw, argon2id.DefaultParams)
}

// HashPassword hashes a password for store.AddUser.
func HashPassword(pw string) (string, error) { return hashPassword(pw) }
