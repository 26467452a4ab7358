package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// AddEndpoint registers a partner's webhook receiver. It receives events
// written from now on.
func (s *Store) AddEndpoint(ctx context.Context, name, url, secret string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `INSERT INTO webhook_endpoints (name, url, secret) VALUES ($1, $2, $3) RETURNING id`,
		name, url, secret).Scan(&id)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return 0, fmt.Errorf("store: webhook %q: %w", name, ErrExists)
	}
	if err != nil {
		return 0, fmt.Errorf("store: add webhook %q: %w", name, err)
	}
	return id, nil
}

// Endpoints lists the webhook endpoints.
func (s *Store) Endpoints(ctx context.Context) ([]Endpoint, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, name, url, '', enabled, failures, disabled_reason
		FROM webhook_endpoints ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("store: webhooks: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[Endpoint])
	if err != nil {
		return nil, fmt.Errorf("store: webhooks: %w", err)
	}
	return out, nil
}

// LoggedAttempt is a line of the delivery log.
type LoggedAttempt struct {
	At         time.Time `json:"at"`
	Event      string    `json:"event"`
	Type       string    `json:"type"`
	Attempt    int       `json:"attempt"`
	StatusCode int       `json:"status_code"`
	Error      string    `json:"error,omitempty"`
	DurationMS int       `json:"duration_ms"`
	State      string    `json:"state"` // the delivery's state now
}

// DeliveryLog lists an endpoint's latest delivery attempts, newest first.
func (s *Store) DeliveryLog(ctx context.Context, endpointID int64, limit int) ([]LoggedAttempt, error) {
	rows, err := s.pool.Query(ctx, `SELECT a.at, d.event, e.type, a.attempt, a.status_code, a.error, a.duration_ms, d.status
		FROM delivery_attempts a JOIN deliveries d ON d.id = a.delivery JOIN outbox_events e ON e.id = d.event
		WHERE d.endpoint = $1 ORDER BY a.id DESC LIMIT $2`, endpointID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: delivery log: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[LoggedAttempt])
	if err != nil {
		return nil, fmt.Errorf("store: delivery log: %w", err)
	}
	return out, nil
}

// EnableEndpoint turns a disabled endpoint back on, with a clean failure
// count; its deliveries still pending go out again.
func (s *Store) EnableEndpoint(ctx context.Context, name string) error {
	tag, err := s.pool.Exec(ctx, `UPDATE webhook_endpoints SET enabled = true, failures = 0, failing_since = NULL,
		disabled_reason = '' WHERE name = $1`, name)
	if err != nil {
		return fmt.Errorf("store: enable webhook %q: %w", name, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("store: webhook %q: %w", name, ErrNotFound)
	}
	// Wake the dispatchers: they sleep while nothing they may send is due.
	if _, err := s.pool.Exec(ctx, `SELECT pg_notify($1, '')`, OutboxChannel); err != nil {
		return fmt.Errorf("store: enable webhook %q: %w", name, err)
	}
	return nil
}
