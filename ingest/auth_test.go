package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
	"github.com/emersion/go-sasl"

	"newsdesk/config"
)

const (
	authUser     = "desk@example.org"
	authPassword = "correct-horse-battery"
	authClientID = "newsdesk-client"
	authSecret   = "client-secret-0xSECRET"
	authRefresh  = "1//refresh-token-SECRET"
)

// authServer is go-imap's in-memory server with PLAIN, XOAUTH2 and
// OAUTHBEARER, accepting for each user only the access tokens marked valid.
type authServer struct {
	addr  string
	mechs []string

	mu     sync.Mutex
	users  map[string]*imapmemserver.User
	valid  map[string]string // access token → user
	bearer []sasl.OAuthBearerOptions
}

func newAuthServer(t *testing.T, mechs ...string) *authServer {
	t.Helper()
	if mechs == nil {
		mechs = []string{"PLAIN", "XOAUTH2", "OAUTHBEARER"}
	}
	s := &authServer{mechs: mechs, users: map[string]*imapmemserver.User{}, valid: map[string]string{}}
	u := imapmemserver.NewUser(authUser, authPassword)
	if err := u.Create("INBOX", nil); err != nil {
		t.Fatal(err)
	}
	s.users[authUser] = u
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return &authSession{srv: s}, nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	s.addr = ln.Addr().String()
	return s
}

func (s *authServer) allow(token string)  { s.mu.Lock(); s.valid[token] = authUser; s.mu.Unlock() }
func (s *authServer) revoke(token string) { s.mu.Lock(); delete(s.valid, token); s.mu.Unlock() }

// check accepts a token if it is currently valid for user.
func (s *authServer) check(user, token string) *imapmemserver.User {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.valid[token] != user {
		return nil
	}
	return s.users[user]
}

type authSession struct {
	*imapmemserver.UserSession // nil until logged in
	srv                        *authServer
}

var _ imapserver.SessionSASL = (*authSession)(nil)

func (s *authSession) Login(username, password string) error {
	u := s.srv.users[username]
	if u == nil {
		return imapserver.ErrAuthFailed
	}
	if err := u.Login(username, password); err != nil {
		return err
	}
	s.UserSession = imapmemserver.NewUserSession(u)
	return nil
}

func (s *authSession) AuthenticateMechanisms() []string { return s.srv.mechs }

func (s *authSession) Authenticate(mech string) (sasl.Server, error) {
	switch mech {
	case "PLAIN":
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && identity != username {
				return imapserver.ErrAuthFailed
			}
			return s.Login(username, password)
		}), nil
	case "XOAUTH2":
		return &xoauth2Server{check: func(user, token string) bool {
			u := s.srv.check(user, token)
			if u != nil {
				s.UserSession = imapmemserver.NewUserSession(u)
			}
			return u != nil
		}}, nil
	case "OAUTHBEARER":
		return authFailed{sasl.NewOAuthBearerServer(func(o sasl.OAuthBearerOptions) *sasl.OAuthBearerError {
			s.srv.mu.Lock()
			s.srv.bearer = append(s.srv.bearer, o)
			s.srv.mu.Unlock()
			u := s.srv.check(o.Username, o.Token)
			if u == nil {
				return &sasl.OAuthBearerError{Status: "invalid_token", Schemes: "bearer", Scope: "https://mail.google.com/"}
			}
			s.UserSession = imapmemserver.NewUserSession(u)
			return nil
		})}, nil
	}
	return nil, &imap.Error{Type: imap.StatusResponseTypeNo, Text: "unsupported mechanism"}
}

// xoauth2Server checks an XOAUTH2 initial response and, like Gmail, answers
// a bad token with a JSON challenge, then fails after the client's reply.
type xoauth2Server struct {
	check  func(user, token string) bool
	failed bool
}

func (x *xoauth2Server) Next(resp []byte) ([]byte, bool, error) {
	if x.failed {
		if len(resp) != 0 {
			return nil, true, &imap.Error{Type: imap.StatusResponseTypeBad, Text: "want an empty response"}
		}
		return nil, true, imapserver.ErrAuthFailed
	}
	if resp == nil {
		return []byte{}, false, nil
	}
	f := strings.Split(string(resp), "\x01")
	if len(f) == 4 && f[2] == "" && f[3] == "" && strings.HasPrefix(f[0], "user=") && strings.HasPrefix(f[1], "auth=Bearer ") &&
		x.check(strings.TrimPrefix(f[0], "user="), strings.TrimPrefix(f[1], "auth=Bearer ")) {
		return nil, true, nil
	}
	x.failed = true
	return []byte(`{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`), false, nil
}

// authFailed turns go-sasl's final OAUTHBEARER error into NO [AUTHENTICATIONFAILED].
type authFailed struct{ sasl.Server }

func (a authFailed) Next(resp []byte) ([]byte, bool, error) {
	ch, done, err := a.Server.Next(resp)
	if err != nil {
		err = imapserver.ErrAuthFailed
	}
	return ch, done, err
}

// authEndpoint is a token endpoint that issues short-lived access tokens
// for one refresh token and makes them valid on srv.
type authEndpoint struct {
	*httptest.Server
	mu        sync.Mutex
	calls     int
	expiresIn int
	fail      int // HTTP status to answer with, 0 = issue tokens
	issued    []string
}

func newAuthEndpoint(t *testing.T, srv *authServer, expiresIn int) *authEndpoint {
	e := &authEndpoint{expiresIn: expiresIn}
	e.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.mu.Lock()
		defer e.mu.Unlock()
		e.calls++
		w.Header().Set("Content-Type", "application/json")
		id, secret, ok := r.BasicAuth()
		if ok {
			id, _ = url.QueryUnescape(id)
			secret, _ = url.QueryUnescape(secret)
		} else {
			id, secret = r.PostFormValue("client_id"), r.PostFormValue("client_secret")
		}
		switch {
		case r.PostFormValue("grant_type") != "refresh_token" || id != authClientID || secret != authSecret:
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"error":"invalid_client"}`)
		case e.fail == http.StatusBadRequest || r.PostFormValue("refresh_token") != authRefresh:
			w.WriteHeader(http.StatusBadRequest)
			fmt.Fprint(w, `{"error":"invalid_grant","error_description":"Token has been expired or revoked."}`)
		case e.fail != 0:
			w.WriteHeader(e.fail)
		default:
			tok := fmt.Sprintf("ya29.access-%d", len(e.issued)+1)
			e.issued = append(e.issued, tok)
			srv.allow(tok)
			json.NewEncoder(w).Encode(map[string]any{"access_token": tok, "token_type": "Bearer", "expires_in": e.expiresIn})
		}
	}))
	t.Cleanup(e.Close)
	return e
}

func (e *authEndpoint) count() int { e.mu.Lock(); defer e.mu.Unlock(); return e.calls }

func (e *authEndpoint) mailbox(srv *authServer, method config.AuthMethod) config.Mailbox {
	return config.Mailbox{Name: "desk", Addr: srv.addr, TLS: config.TLSOff, Username: authUser, Auth: method,
		OAuth2: config.OAuth2{TokenURL: e.URL, ClientID: authClientID, ClientSecret: authSecret, RefreshToken: authRefresh,
			Scopes: []string{"https://mail.google.com/"}}}
}

// authLogin dials srv and logs in with a; on success it proves the session
// is authenticated by selecting INBOX.
func authLogin(t *testing.T, srv *authServer, a *authenticator) error {
	t.Helper()
	c, err := imapclient.DialInsecure(srv.addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := a.login(ctx, c); err != nil {
		return err
	}
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatalf("logged in but SELECT failed: %v", err)
	}
	return nil
}

func newTestAuthenticator(t *testing.T, m config.Mailbox) *authenticator {
	t.Helper()
	a, err := newAuthenticator(m, nil)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// checkRefused asserts err is a clear, permanent, secret-free login error.
func checkRefused(t *testing.T, err error, method string, want []string, secrets ...string) {
	t.Helper()
	if err == nil {
		t.Fatal("login succeeded, want an error")
	}
	msg := err.Error()
	t.Logf("error: %s", msg)
	if prefix := fmt.Sprintf("ingest: log in as %q (%s): ", authUser, method); !strings.HasPrefix(msg, prefix) {
		t.Errorf("error does not start with %q", prefix)
	}
	for _, w := range want {
		if !strings.Contains(msg, w) {
			t.Errorf("error does not mention %q", w)
		}
	}
	for _, s := range append(secrets, authPassword, authSecret, authRefresh) {
		if strings.Contains(msg, s) {
			t.Errorf("error contains the secret %q", s)
		}
	}
	if !permanent(err) {
		t.Error("permanent(err) = false, want true")
	}
}

func TestAuthPassword(t *testing.T) {
	for _, mechs := range [][]string{nil, {"XOAUTH2"}} { // AUTHENTICATE PLAIN; LOGIN
		srv := newAuthServer(t, mechs...)
		m := config.Mailbox{Addr: srv.addr, Username: authUser, Password: authPassword, Auth: config.AuthPassword}
		if err := authLogin(t, srv, newTestAuthenticator(t, m)); err != nil {
			t.Fatalf("mechs %v: %v", mechs, err)
		}
		m.Password = "wrong-password-SECRET"
		err := authLogin(t, srv, newTestAuthenticator(t, m))
		checkRefused(t, err, "password", []string{"refused the credentials", "AUTHENTICATIONFAILED"}, m.Password)
	}
}

func TestAuthXOAuth2TokenFile(t *testing.T) {
	srv := newAuthServer(t)
	dir := t.TempDir()
	for i, tc := range []struct{ token, content string }{
		{"ya29.from-file-1", "  ya29.from-file-1\n"},
		{"ya29.from-file-2", `{"access_token":"ya29.from-file-2","token_type":"Bearer","expiry":"2999-01-01T00:00:00Z"}`},
	} {
		path := filepath.Join(dir, fmt.Sprint(i))
		if err := os.WriteFile(path, []byte(tc.content), 0o600); err != nil {
			t.Fatal(err)
		}
		srv.allow(tc.token)
		m := config.Mailbox{Addr: srv.addr, Username: authUser, Auth: config.AuthXOAuth2, OAuth2: config.OAuth2{TokenFile: path}}
		if err := authLogin(t, srv, newTestAuthenticator(t, m)); err != nil {
			t.Fatalf("token file %q: %v", tc.content, err)
		}
	}
}

func TestAuthXOAuth2Refresh(t *testing.T) {
	srv := newAuthServer(t)
	ep := newAuthEndpoint(t, srv, 3600)
	a := newTestAuthenticator(t, ep.mailbox(srv, config.AuthXOAuth2))
	check := func(step string, calls int) {
		t.Helper()
		if err := authLogin(t, srv, a); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		if got := ep.count(); got != calls {
			t.Fatalf("%s: token endpoint called %d times, want %d", step, got, calls)
		}
	}
	check("first login", 1)
	check("reconnect with a fresh token", 1)
	srv.revoke("ya29.access-1") // revoked before its expiry
	check("revoked token: one forced refresh", 2)
	check("reconnect after the forced refresh", 2)
}

func TestAuthRefreshNearExpiry(t *testing.T) {
	srv := newAuthServer(t)
	ep := newAuthEndpoint(t, srv, 60) // inside the 2-minute margin
	a := newTestAuthenticator(t, ep.mailbox(srv, config.AuthXOAuth2))
	for i := 1; i <= 2; i++ {
		if err := authLogin(t, srv, a); err != nil {
			t.Fatal(err)
		}
		if got := ep.count(); got != i {
			t.Fatalf("login %d: token endpoint called %d times, want %d", i, got, i)
		}
	}
}

func TestAuthOAuthBearer(t *testing.T) {
	srv := newAuthServer(t)
	ep := newAuthEndpoint(t, srv, 3600)
	if err := authLogin(t, srv, newTestAuthenticator(t, ep.mailbox(srv, config.AuthOAuthBearer))); err != nil {
		t.Fatal(err)
	}
	host, port, _ := net.SplitHostPort(srv.addr)
	srv.mu.Lock()
	got := srv.bearer[0]
	srv.mu.Unlock()
	if got.Username != authUser || got.Host != host || fmt.Sprint(got.Port) != port || got.Token != "ya29.access-1" {
		t.Errorf("server saw %+v, want user %s host %s port %s", got, authUser, host, port)
	}
}

func TestAuthInvalidToken(t *testing.T) {
	srv := newAuthServer(t)
	path := filepath.Join(t.TempDir(), "token")
	const stale = "ya29.expired-token-SECRET"
	if err := os.WriteFile(path, []byte(stale), 0o600); err != nil {
		t.Fatal(err)
	}
	for method, want := range map[config.AuthMethod][]string{
		config.AuthXOAuth2:     {"refused the access token", "status=400", "scope=https://mail.google.com/"},
		config.AuthOAuthBearer: {"refused the access token", "status=invalid_token"},
	} {
		m := config.Mailbox{Addr: srv.addr, Username: authUser, Auth: method, OAuth2: config.OAuth2{TokenFile: path}}
		a := newTestAuthenticator(t, m)
		checkRefused(t, authLogin(t, srv, a), string(method), want, stale)
		// The same authenticator logs in once the server accepts the token.
		srv.allow(stale)
		if err := authLogin(t, srv, a); err != nil {
			t.Fatalf("%s after allowing the token: %v", method, err)
		}
		srv.revoke(stale)
	}
}

func TestAuthTokenEndpointErrors(t *testing.T) {
	srv := newAuthServer(t)
	ep := newAuthEndpoint(t, srv, 3600)
	ep.fail = http.StatusBadRequest
	err := authLogin(t, srv, newTestAuthenticator(t, ep.mailbox(srv, config.AuthXOAuth2)))
	checkRefused(t, err, "xoauth2", []string{ep.URL, "invalid_grant", "Token has been expired or revoked", "obtain a new one"})

	m := ep.mailbox(srv, config.AuthXOAuth2)
	m.OAuth2.ClientSecret = "wrong-secret-SECRET"
	err = authLogin(t, srv, newTestAuthenticator(t, m))
	checkRefused(t, err, "xoauth2", []string{"invalid_client", "client secret"}, m.OAuth2.ClientSecret)

	// Outages are not refusals.
	ep.fail = http.StatusServiceUnavailable
	if err := authLogin(t, srv, newTestAuthenticator(t, ep.mailbox(srv, config.AuthXOAuth2))); err == nil || permanent(err) {
		t.Errorf("HTTP 503: err = %v, permanent = %v; want a temporary error", err, permanent(err))
	}
	ep.Close()
	if err := authLogin(t, srv, newTestAuthenticator(t, ep.mailbox(srv, config.AuthXOAuth2))); err == nil || permanent(err) {
		t.Errorf("endpoint down: err = %v, permanent = %v; want a temporary error", err, permanent(err))
	}
}

func TestAuthTokenFileProblems(t *testing.T) {
	srv := newAuthServer(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.WriteFile(empty, []byte(" \n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		filepath.Join(dir, "missing"): "does not exist",
		empty:                         "is empty",
	} {
		m := config.Mailbox{Addr: srv.addr, Username: authUser, Auth: config.AuthXOAuth2, OAuth2: config.OAuth2{TokenFile: path}}
		checkRefused(t, authLogin(t, srv, newTestAuthenticator(t, m)), "xoauth2", []string{path, want})
	}
}

func TestAuthMechanismNotOffered(t *testing.T) {
	srv := newAuthServer(t, "PLAIN", "OAUTHBEARER") // like a server without XOAUTH2
	path := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(path, []byte("ya29.x"), 0o600); err != nil {
		t.Fatal(err)
	}
	m := config.Mailbox{Addr: srv.addr, Username: authUser, Auth: config.AuthXOAuth2, OAuth2: config.OAuth2{TokenFile: path}}
	checkRefused(t, authLogin(t, srv, newTestAuthenticator(t, m)), "xoauth2", []string{"does not offer AUTH=XOAUTH2", "it offers OAUTHBEARER, PLAIN"})
}

func TestAuthRedactsEchoedSecrets(t *testing.T) {
	err := redact(errors.New("server said: bad password hunter22 and token ya29.abc"), []string{"hunter22", "ya29.abc", ""})
	if got := err.Error(); got != "server said: bad password [redacted] and token [redacted]" {
		t.Errorf("redact = %q", got)
	}
}

// FuzzAuthParsers feeds arbitrary bytes to the SASL challenge and token
// file parsers: no panic, one bounded printable line of challenge text,
// no control or non-ASCII bytes in an accepted token.
func FuzzAuthParsers(f *testing.F) {
	f.Add([]byte(`{"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}`))
	f.Add([]byte(`{"status":401,"error":"invalid_token","error_description":"expired\nline"}`))
	f.Add([]byte(`{"access_token":"ya29.a","expiry":"2001-01-01T00:00:00Z"}`))
	f.Add([]byte("  ya29.token\r\n"))
	f.Add([]byte("\x00\x01\xff{"))
	f.Fuzz(func(t *testing.T, b []byte) {
		s := parseChallenge(b).String()
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\r\n\x00\x01") || utf8.RuneCountInString(s) > 1200 {
			t.Errorf("challenge text %q is not one bounded printable line", s)
		}
		tok, err := parseTokenFile(b, time.Unix(0, 0))
		if err == nil && (tok == "" || strings.IndexFunc(tok, func(r rune) bool { return r < 0x21 || r > 0x7e }) >= 0) {
			t.Errorf("accepted token %q", tok)
		}
	})
}
