package publish

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"newsdesk/store"
)

// NewSecret makes a webhook signing secret the Standard Webhooks way:
// "whsec_" and 32 random bytes in base64.
func NewSecret() string {
	b := make([]byte, 32)
	rand.Read(b) // never fails since Go 1.24
	return "whsec_" + base64.StdEncoding.EncodeToString(b)
}

// AddWebhook registers a partner endpoint and returns its secret, which
// is shown this once.
func AddWebhook(ctx context.Context, st *store.Store, name, rawURL string) (secret string, err error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return "", fmt.Errorf("%w: URL must be http(s)://host/…", ErrInvalidWebhook)
	}
	if name == "" {
		return "", fmt.Errorf("%w: a name is needed", ErrInvalidWebhook)
	}
	secret = NewSecret()
	if _, err := st.AddEndpoint(ctx, name, u.String(), secret); err != nil {
		return "", err
	}
	return secret, nil
}

// sendWebhook POSTs one event, signed per Standard Webhooks: the id and
// body never change between attempts, the timestamp is the attempt's.
func sendWebhook(ctx context.Context, client *http.Client, d *store.Delivery) (status int, err error) {
	wh, err := standardwebhooks.NewWebhook(d.Endpoint.Secret)
	if err != nil {
		return 0, fmt.Errorf("publish: webhook %q secret: %w", d.Endpoint.Name, err)
	}
	now := time.Now()
	sig, err := wh.Sign(d.Event, now, d.Body)
	if err != nil {
		return 0, fmt.Errorf("publish: sign: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.Endpoint.URL, bytes.NewReader(d.Body))
	if err != nil {
		return 0, fmt.Errorf("publish: webhook %q: %w", d.Endpoint.Name, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "newsdesk-webhooks")
	req.Header.Set(standardwebhooks.HeaderWebhookID, d.Event)
	req.Header.Set(standardwebhooks.HeaderWebhookTimestamp, fmt.Sprint(now.Unix()))
	req.Header.Set(standardwebhooks.HeaderWebhookSignature, sig)
	resp, err := client.Do(req)
	if err != nil {
		return 0, fmt.Errorf("publish: webhook %q: %w", d.Endpoint.Name, err)
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("publish: webhook %q answered %s", d.Endpoint.Name, resp.Status)
	}
	return resp.StatusCode, nil
}
