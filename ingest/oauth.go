package ingest

// Where OAuth2 access tokens come from, and the two SASL mechanisms that
// carry them (XOAUTH2, OAUTHBEARER).
//
// A mailbox gets its access tokens either from a token file that another
// tool keeps fresh (re-read at every login), or by exchanging a refresh
// token at the provider's token endpoint (RFC 6749 §6, grant_type=
// refresh_token), refreshed two minutes before expiry and cached across
// logins, one cache per mailbox. The two big providers:
//
//   - Google (Gmail, Workspace): token URL https://oauth2.googleapis.com/token,
//     scope https://mail.google.com/ ; offers XOAUTH2 and OAUTHBEARER.
//   - Microsoft 365 / Exchange Online: token URL
//     https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token ({tenant} is
//     the directory ID or domain, or "organizations"), scopes
//     https://outlook.office.com/IMAP.AccessAsUser.All offline_access ;
//     offers XOAUTH2 only. Microsoft rotates refresh tokens: the newest is
//     kept in memory for as long as the process runs.
//
// Any other RFC 6749 endpoint works the same way. Client credentials go in
// an HTTP Basic header or in the form, whichever the endpoint accepts
// (oauth2.AuthStyleAutoDetect).

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-sasl"
	"golang.org/x/oauth2"

	"newsdesk/config"
)

// earlyExpiry is how long before its expiry an access token is refreshed:
// a login must not start with a token that dies during the exchange.
const earlyExpiry = 2 * time.Minute

// maxTokenFile bounds what is read from a token file.
const maxTokenFile = 64 << 10

// tokenSource hands out access tokens for one mailbox.
type tokenSource interface {
	// token returns a current access token; fresh tells whether it was
	// fetched from the token endpoint by this very call.
	token(ctx context.Context) (tok string, fresh bool, err error)
	// invalidate drops a cached token, reporting whether the next token
	// call will fetch a new one.
	invalidate() bool
	// secrets lists what must never appear in an error text.
	secrets() []string
}

func newTokenSource(o config.OAuth2, httpClient *http.Client) (tokenSource, error) {
	switch {
	case o.TokenFile != "" && o.TokenURL != "":
		return nil, errors.New("set a token file or a token URL, not both")
	case o.TokenFile != "":
		return fileTokens{path: o.TokenFile}, nil
	case o.TokenURL == "" || o.ClientID == "" || o.RefreshToken == "":
		return nil, errors.New("OAuth2 needs a token file, or a token URL with a client ID and a refresh token")
	}
	r := &refreshTokens{
		conf: &oauth2.Config{
			ClientID:     o.ClientID,
			ClientSecret: o.ClientSecret,
			Endpoint:     oauth2.Endpoint{TokenURL: o.TokenURL, AuthStyle: oauth2.AuthStyleAutoDetect},
			Scopes:       o.Scopes,
		},
		httpClient: httpClient,
		refresh:    o.RefreshToken,
		initial:    o.RefreshToken,
	}
	r.cached = oauth2.ReuseTokenSourceWithExpiry(nil, refresher{r}, earlyExpiry)
	return r, nil
}

// fileTokens reads the access token from a file at every login.
type fileTokens struct{ path string }

func (f fileTokens) token(context.Context) (string, bool, error) {
	fh, err := os.Open(f.path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", false, &authError{msg: fmt.Sprintf("token file %s does not exist (is the tool that writes it running?)", f.path), cause: err, refused: true}
	} else if err != nil {
		return "", false, &authError{msg: fmt.Sprintf("token file: %v", err), cause: err, refused: true}
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, maxTokenFile+1))
	if err != nil {
		return "", false, fmt.Errorf("token file %s: %w", f.path, err)
	}
	if len(data) > maxTokenFile {
		return "", false, &authError{msg: fmt.Sprintf("token file %s is larger than %d bytes: not a token", f.path, maxTokenFile), refused: true}
	}
	tok, err := parseTokenFile(data, time.Now())
	if err != nil {
		return "", false, &authError{msg: fmt.Sprintf("token file %s %v", f.path, err), cause: err, refused: true}
	}
	return tok, false, nil
}

func (fileTokens) invalidate() bool  { return false }
func (fileTokens) secrets() []string { return nil }

// parseTokenFile accepts a bare access token or a JSON object with an
// "access_token" field (and optionally "expiry", RFC 3339, as written by
// golang.org/x/oauth2 and tools built on it). Errors never quote the content.
func parseTokenFile(data []byte, now time.Time) (string, error) {
	s := strings.TrimSpace(string(data))
	if s == "" {
		return "", errors.New("is empty")
	}
	if s[0] == '{' {
		var v struct {
			AccessToken string    `json:"access_token"`
			Expiry      time.Time `json:"expiry"`
		}
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			return "", errors.New(`starts with "{" but is not a valid JSON object`)
		}
		if !v.Expiry.IsZero() && !v.Expiry.After(now) {
			return "", fmt.Errorf("holds a token that expired at %s (is the tool that refreshes it running?)", v.Expiry.UTC().Format(time.RFC3339))
		}
		s = strings.TrimSpace(v.AccessToken)
		if s == "" {
			return "", errors.New(`is JSON without an "access_token"`)
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return "", fmt.Errorf("does not hold a bearer token: byte %d is not printable ASCII", i)
		}
	}
	return s, nil
}

// refreshTokens exchanges the refresh token for access tokens and caches
// them until earlyExpiry before they expire.
type refreshTokens struct {
	conf       *oauth2.Config
	httpClient *http.Client

	mu      sync.Mutex
	cached  oauth2.TokenSource // ReuseTokenSourceWithExpiry over refresher
	refresh string             // current refresh token, rotated by the endpoint
	initial string             // the configured one, kept for redaction
	ctx     context.Context    // of the token call in progress
	fetched int                // token endpoint exchanges so far
}

// refresher is the uncached source: every Token call is one exchange at
// the endpoint. It runs under refreshTokens.mu.
type refresher struct{ r *refreshTokens }

func (f refresher) Token() (*oauth2.Token, error) {
	r := f.r
	// A token without an access token is invalid, so the source oauth2
	// builds around it refreshes at once; it is discarded afterwards
	// because its own (10 s) early expiry would shadow ours.
	t, err := r.conf.TokenSource(r.ctx, &oauth2.Token{RefreshToken: r.refresh}).Token()
	if err != nil {
		return nil, err
	}
	r.fetched++
	if t.RefreshToken != "" {
		r.refresh = t.RefreshToken
	}
	return t, nil
}

func (r *refreshTokens) token(ctx context.Context) (string, bool, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ctx = context.WithValue(ctx, oauth2.HTTPClient, r.httpClient)
	defer func() { r.ctx = nil }()
	before := r.fetched
	t, err := r.cached.Token()
	if err != nil {
		if ctx.Err() != nil {
			return "", false, ctx.Err()
		}
		return "", false, r.endpointError(err)
	}
	return t.AccessToken, r.fetched != before, nil
}

func (r *refreshTokens) invalidate() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.cached = oauth2.ReuseTokenSourceWithExpiry(nil, refresher{r}, earlyExpiry)
	return true
}

func (r *refreshTokens) secrets() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return []string{r.conf.ClientSecret, r.initial, r.refresh}
}

// endpointError reports a failed exchange with the endpoint's error code
// and description, never the request (which holds the refresh token and
// the client secret) nor the raw response body.
func (r *refreshTokens) endpointError(err error) error {
	url := r.conf.Endpoint.TokenURL
	var re *oauth2.RetrieveError
	if !errors.As(err, &re) {
		// Network failures: *url.Error names the method and URL only.
		return &authError{msg: fmt.Sprintf("token endpoint %s: %v", url, err), cause: err}
	}
	status := 0
	if re.Response != nil {
		status = re.Response.StatusCode
	}
	msg := fmt.Sprintf("token endpoint %s refused the refresh (HTTP %d", url, status)
	if re.ErrorCode != "" {
		msg += ", " + printable(re.ErrorCode, 100)
	}
	msg += ")"
	if re.ErrorDescription != "" {
		msg += ": " + printable(re.ErrorDescription, 300)
	}
	switch re.ErrorCode {
	case "invalid_grant":
		msg += "; the refresh token was revoked, expired or issued to another client: obtain a new one"
	case "invalid_client", "unauthorized_client":
		msg += "; check the client ID and client secret"
	case "invalid_scope":
		msg += "; check the scopes"
	}
	var refused bool
	switch re.ErrorCode {
	case "invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope", "invalid_request", "unsupported_grant_type":
		refused = true
	case "":
		refused = status >= 400 && status < 500 && status != http.StatusRequestTimeout && status != http.StatusTooManyRequests
	}
	return &authError{msg: msg, cause: re, refused: refused}
}

// printable keeps the printable characters of s, at most n runes.
func printable(s string, n int) string {
	var b strings.Builder
	for _, r := range s {
		if n == 0 {
			b.WriteString("…")
			break
		}
		if r < 0x20 || r == 0x7f || r == '\uFFFD' || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' {
			continue
		}
		b.WriteRune(r)
		n--
	}
	return b.String()
}

// xoauth2Client is Google's and Microsoft's XOAUTH2 SASL mechanism
// (https://developers.google.com/gmail/imap/xoauth2-protocol),
// which go-sasl left out on purpose.
type xoauth2Client struct {
	user, token string
	challenge   *saslChallenge
}

func (c *xoauth2Client) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=" + c.user + "\x01auth=Bearer " + c.token + "\x01\x01"), nil
}

// Next gets the server's JSON error; the exchange ends with an empty
// response, after which the server fails the command.
func (c *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	if c.challenge != nil {
		return nil, fmt.Errorf("XOAUTH2: the server sent a second challenge after %s", c.challenge)
	}
	c.challenge = parseChallenge(challenge)
	return []byte{}, nil
}

func (c *xoauth2Client) serverChallenge() *saslChallenge { return c.challenge }

// oauthBearerClient is go-sasl's OAUTHBEARER (RFC 7628) with the error
// exchange finished properly: go-sasl's Next returns an error without a
// response, which leaves the AUTHENTICATE command open on the connection.
type oauthBearerClient struct {
	sasl.Client
	challenge *saslChallenge
}

func (c *oauthBearerClient) Next(challenge []byte) ([]byte, error) {
	if c.challenge != nil {
		return nil, fmt.Errorf("OAUTHBEARER: the server sent a second challenge after %s", c.challenge)
	}
	c.challenge = parseChallenge(challenge)
	return []byte{0x01}, nil // RFC 7628 §3.2.3: the client's dummy response
}

func (c *oauthBearerClient) serverChallenge() *saslChallenge { return c.challenge }
