package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-sasl"

	"newsdesk/config"
)

// authenticator logs one mailbox in, by the mailbox's configured method.
// Make one per mailbox and keep it across reconnects: it caches the OAuth2
// access token, so a reconnect does not go back to the token endpoint
// while the token is fresh.
type authenticator struct {
	username string
	password string
	method   config.AuthMethod
	tokens   tokenSource // nil for AuthPassword
	host     string      // for OAUTHBEARER
	port     int

	mu sync.Mutex // one login at a time
}

// newAuthenticator prepares the method of m: password, xoauth2 or
// oauthbearer. httpClient is used for token refreshes (nil =
// http.DefaultClient's transport with a 30 s timeout).
func newAuthenticator(m config.Mailbox, httpClient *http.Client) (*authenticator, error) {
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 30 * time.Second}
	}
	a := &authenticator{username: m.Username, password: m.Password, method: m.Auth}
	if a.method == "" {
		a.method = config.AuthPassword
	}
	switch a.method {
	case config.AuthPassword:
	case config.AuthXOAuth2, config.AuthOAuthBearer:
		if strings.ContainsAny(m.Username, "\x00\x01") {
			return nil, fmt.Errorf("ingest: mailbox %s: the user name must not contain control characters for %s", m.Name, a.method)
		}
		ts, err := newTokenSource(m.OAuth2, httpClient)
		if err != nil {
			return nil, fmt.Errorf("ingest: mailbox %s: %w", m.Name, err)
		}
		a.tokens = ts
		if host, port, err := net.SplitHostPort(m.Addr); err == nil {
			a.host = host
			a.port, _ = strconv.Atoi(port)
		} else {
			a.host = m.Addr
		}
	default:
		return nil, fmt.Errorf("ingest: mailbox %s: unknown auth method %q (want password, xoauth2 or oauthbearer)", m.Name, m.Auth)
	}
	return a, nil
}

// login authenticates c. Errors are wrapped with "ingest: log in as %q
// (%s): %w" (username, method) and never contain a password, token, client
// secret or refresh token.
//
// When the server refuses a cached OAuth2 token (revoked before its
// expiry), login fetches a new one and tries once more on the same
// connection.
func (a *authenticator) login(ctx context.Context, c *imapclient.Client) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	var used []string // access tokens, for redaction
	fresh, err := a.attempt(ctx, c, &used)
	if err != nil && a.tokens != nil && !fresh && refusedToken(err) && ctx.Err() == nil && a.tokens.invalidate() {
		_, err = a.attempt(ctx, c, &used)
		if err != nil && refusedToken(err) {
			err = fmt.Errorf("%w (also with a newly refreshed token)", err)
		}
	}
	if err == nil {
		return nil
	}
	err = fmt.Errorf("ingest: log in as %q (%s): %w", a.username, a.method, err)
	secrets := append(used, a.password)
	if a.tokens != nil {
		secrets = append(secrets, a.tokens.secrets()...)
	}
	return redact(err, secrets)
}

// attempt runs one LOGIN or AUTHENTICATE. fresh tells whether the token
// was fetched from the endpoint for this attempt.
func (a *authenticator) attempt(ctx context.Context, c *imapclient.Client, used *[]string) (fresh bool, err error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	if a.method == config.AuthPassword {
		return false, a.loginPassword(c)
	}
	tok, fresh, err := a.tokens.token(ctx)
	if err != nil {
		return false, err
	}
	*used = append(*used, tok)
	var client interface {
		sasl.Client
		serverChallenge() *saslChallenge
	}
	if a.method == config.AuthXOAuth2 {
		client = &xoauth2Client{user: a.username, token: tok}
	} else {
		// RFC 5801 §4: "," and "=" in the authzid are escaped; go-sasl does not.
		user := strings.NewReplacer("=", "=3D", ",", "=2C").Replace(a.username)
		client = &oauthBearerClient{Client: sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{
			Username: user, Token: tok, Host: a.host, Port: a.port,
		})}
	}
	mech, _, _ := client.Start()
	caps := c.Caps()
	if !caps.Has(imap.Cap("AUTH=" + mech)) {
		offered := caps.AuthMechanisms()
		slices.Sort(offered)
		return fresh, &authError{msg: fmt.Sprintf("the server does not offer AUTH=%s (it offers %s)", mech, strings.Join(offered, ", ")), refused: true}
	}
	return fresh, serverRefusal(c.Authenticate(client), client.serverChallenge())
}

// loginPassword uses AUTHENTICATE PLAIN where offered, else LOGIN.
func (a *authenticator) loginPassword(c *imapclient.Client) error {
	caps := c.Caps()
	switch {
	case caps.Has(imap.Cap("AUTH=PLAIN")):
		return serverRefusal(c.Authenticate(sasl.NewPlainClient("", a.username, a.password)), nil)
	case caps.Has(imap.CapLoginDisabled):
		return &authError{msg: "the server offers neither AUTH=PLAIN nor LOGIN (LOGINDISABLED: does it want TLS?)", refused: true}
	default:
		return serverRefusal(c.Login(a.username, a.password).Wait(), nil)
	}
}

// authError is a login failure described in words safe to log. refused
// marks an authentication refusal: retrying without a change of
// credentials or configuration will not help.
type authError struct {
	msg     string
	cause   error // for errors.As; its text is not repeated
	refused bool
}

func (e *authError) Error() string { return e.msg }
func (e *authError) Unwrap() error { return e.cause }

// serverRefusal classifies the outcome of a LOGIN or AUTHENTICATE: a tagged
// NO (or a SASL error challenge) is a refusal, unless its response code
// says the server is unwell; anything else (connection lost, timeout) is
// returned as it is.
func serverRefusal(err error, ch *saslChallenge) error {
	if err == nil {
		return nil
	}
	var ie *imap.Error
	isResp := errors.As(err, &ie)
	if ch != nil {
		return &authError{
			msg:     fmt.Sprintf("the server refused the access token: %s (%v)", ch, err),
			cause:   err,
			refused: !ch.temporary(),
		}
	}
	if !isResp {
		return err
	}
	refused := ie.Type == imap.StatusResponseTypeNo
	switch ie.Code {
	case imap.ResponseCodeUnavailable, imap.ResponseCodeServerBug, imap.ResponseCodeLimit, imap.ResponseCodeInUse:
		refused = false
	}
	what := "the server refused the credentials"
	if !refused {
		what = "the server could not log us in"
	}
	return &authError{msg: fmt.Sprintf("%s: %v", what, err), cause: err, refused: refused}
}

// refusedToken reports whether err is the server (not the token endpoint)
// refusing a token.
func refusedToken(err error) bool {
	var ae *authError
	if !errors.As(err, &ae) || !ae.refused {
		return false
	}
	var ie *imap.Error
	return errors.As(err, &ie)
}

// permanent reports whether err is an authentication refusal (wrong
// password, invalid or expired token, bad client credentials, a missing
// token file, a mechanism the server does not offer) as opposed to a
// network failure or a server outage. Such errors need an operator; the
// poller still retries them with backoff.
func permanent(err error) bool {
	var ae *authError
	if errors.As(err, &ae) {
		return ae.refused
	}
	var ie *imap.Error
	if errors.As(err, &ie) {
		switch ie.Code {
		case imap.ResponseCodeAuthenticationFailed, imap.ResponseCodeAuthorizationFailed, imap.ResponseCodeExpired:
			return true
		}
	}
	return false
}

// redactedError replaces secrets in the text of err; errors.Is and
// errors.As still see err.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// redact is the last line of defence: no error text we build holds a
// secret, but a server or token endpoint might echo one back.
func redact(err error, secrets []string) error {
	msg := err.Error()
	for _, s := range secrets {
		if len(s) >= 4 {
			msg = strings.ReplaceAll(msg, s, "[redacted]")
		}
	}
	return &redactedError{msg: msg, err: err}
}

// saslChallenge is the JSON error a server sends as an XOAUTH2 or
// OAUTHBEARER challenge after refusing a token (RFC 7628 §3.2.2; Google
// sends {"status":"400","schemes":"Bearer","scope":"https://mail.google.com/"}).
// None of its fields carries a secret.
type saslChallenge struct {
	Status, Error, Description, Scope, Schemes string
	Other                                      string // a challenge that is not JSON: a printable excerpt
}

// parseChallenge reads a server challenge; it never fails.
func parseChallenge(b []byte) *saslChallenge {
	var v struct {
		Status      any    `json:"status"`
		Error       string `json:"error"`
		Description string `json:"error_description"`
		Scope       string `json:"scope"`
		Schemes     string `json:"schemes"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return &saslChallenge{Other: printable(string(b), 100)}
	}
	ch := &saslChallenge{
		Error:       printable(v.Error, 100),
		Description: printable(v.Description, 200),
		Scope:       printable(v.Scope, 200),
		Schemes:     printable(v.Schemes, 50),
	}
	switch s := v.Status.(type) {
	case string:
		ch.Status = printable(s, 50)
	case float64:
		ch.Status = fmt.Sprint(s)
	}
	return ch
}

func (ch *saslChallenge) String() string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+"="+v)
		}
	}
	add("status", ch.Status)
	add("error", ch.Error)
	add("error_description", ch.Description)
	add("schemes", ch.Schemes)
	add("scope", ch.Scope)
	if ch.Other != "" {
		parts = append(parts, fmt.Sprintf("challenge %q", ch.Other))
	}
	if len(parts) == 0 {
		return "an empty challenge"
	}
	return strings.Join(parts, " ")
}

// temporary tells a server-side outage from a refused token.
func (ch *saslChallenge) temporary() bool {
	return strings.HasPrefix(ch.Status, "5") || ch.Status == "temporarily_unavailable" ||
		ch.Error == "temporarily_unavailable" || ch.Error == "server_error"
}
