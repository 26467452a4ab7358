package store

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Delivery is one event on its way to one destination.
type Delivery struct {
	ID        int64
	Event     string // the event id: webhook-id, Nats-Msg-Id
	Type      string
	Body      []byte // the same bytes on every attempt
	Attempts  int    // made before this one
	CreatedAt time.Time
	Endpoint  *Endpoint // nil: NATS
}

// Endpoint is a partner's webhook receiver.
type Endpoint struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	URL      string `json:"url"`
	Secret   string `json:"-"`
	Enabled  bool   `json:"enabled"`
	Failures int    `json:"failures"`
	Reason   string `json:"disabled_reason,omitempty"`
}

// DeliveryTx holds a claimed delivery's row lock while it is sent, so no
// other dispatcher sends it at the same time. If the process dies
// mid-send, PostgreSQL drops the lock and rolls back: the delivery stays
// pending and goes out again with the same id and body.
type DeliveryTx struct {
	tx pgx.Tx
	Delivery
}

// ClaimDelivery locks the oldest due delivery, or returns nil when there
// is none. NATS deliveries are left alone when withNATS is false. A
// story's versions reach each destination in order: a correction waits
// while the version before it is still pending there.
func (s *Store) ClaimDelivery(ctx context.Context, withNATS bool) (*DeliveryTx, error) {
	tx, err := s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: claim delivery: %w", err)
	}
	d := &DeliveryTx{tx: tx}
	var epID *int64
	var name, url, secret *string
	err = tx.QueryRow(ctx, `SELECT d.id, d.event, e.type, e.body, d.attempts, d.created_at, d.endpoint, w.name, w.url, w.secret
		FROM deliveries d JOIN outbox_events e ON e.id = d.event LEFT JOIN webhook_endpoints w ON w.id = d.endpoint
		WHERE d.status = 'pending' AND d.next_attempt_at <= clock_timestamp()
		  AND (w.enabled OR (d.endpoint IS NULL AND $1))
		  AND NOT EXISTS (SELECT 1 FROM deliveries d2 JOIN outbox_events e2 ON e2.id = d2.event
		                  WHERE e2.story = e.story AND e2.version < e.version AND d2.status = 'pending'
		                    AND d2.endpoint IS NOT DISTINCT FROM d.endpoint)
		ORDER BY d.next_attempt_at, d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED`, withNATS).
		Scan(&d.ID, &d.Event, &d.Type, &d.Body, &d.Attempts, &d.CreatedAt, &epID, &name, &url, &secret)
	if err != nil {
		tx.Rollback(ctx)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, nil
		}
		return nil, fmt.Errorf("store: claim delivery: %w", err)
	}
	if epID != nil {
		d.Endpoint = &Endpoint{ID: *epID, Name: *name, URL: *url, Secret: *secret, Enabled: true}
	}
	return d, nil
}

// Attempt is the outcome of one send.
type Attempt struct {
	OK         bool
	StatusCode int
	Error      string
	Duration   time.Duration
	RetryAt    time.Time // zero after a failure: give up (dead)
	// DisableAfter and DisableAge: a failure disables the endpoint once it
	// has failed this many times in a row over at least this long.
	DisableAfter int
	DisableAge   time.Duration
}

// Finish logs the attempt, updates the delivery (and its endpoint's
// failure count) and commits. It reports whether this attempt disabled
// the endpoint.
func (d *DeliveryTx) Finish(ctx context.Context, a Attempt) (disabled bool, err error) {
	defer d.tx.Rollback(ctx)
	_, err = d.tx.Exec(ctx, `INSERT INTO delivery_attempts (delivery, attempt, status_code, error, duration_ms)
		VALUES ($1, $2, $3, $4, $5)`, d.ID, d.Attempts+1, a.StatusCode, a.Error, a.Duration.Milliseconds())
	if err != nil {
		return false, fmt.Errorf("store: log attempt of delivery %d: %w", d.ID, err)
	}
	status, next := "pending", a.RetryAt
	switch {
	case a.OK:
		status, next = "delivered", time.Now()
	case a.RetryAt.IsZero():
		status, next = "dead", time.Now()
	}
	_, err = d.tx.Exec(ctx, `UPDATE deliveries SET status = $2, attempts = attempts + 1, next_attempt_at = $3,
		last_error = $4, delivered_at = CASE WHEN $2 = 'delivered' THEN clock_timestamp() END WHERE id = $1`,
		d.ID, status, next, a.Error)
	if err != nil {
		return false, fmt.Errorf("store: update delivery %d: %w", d.ID, err)
	}
	if d.Endpoint != nil {
		if disabled, err = d.countFailure(ctx, a); err != nil {
			return false, err
		}
	}
	if err := d.tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("store: finish delivery %d: %w", d.ID, err)
	}
	return disabled, nil
}

func (d *DeliveryTx) countFailure(ctx context.Context, a Attempt) (bool, error) {
	if a.OK {
		_, err := d.tx.Exec(ctx, `UPDATE webhook_endpoints SET failures = 0, failing_since = NULL WHERE id = $1`, d.Endpoint.ID)
		if err != nil {
			return false, fmt.Errorf("store: endpoint %d: %w", d.Endpoint.ID, err)
		}
		return false, nil
	}
	var failures int
	var since time.Time
	var enabled bool
	err := d.tx.QueryRow(ctx, `UPDATE webhook_endpoints SET failures = failures + 1,
			failing_since = COALESCE(failing_since, clock_timestamp())
		WHERE id = $1 RETURNING failures, failing_since, enabled`, d.Endpoint.ID).Scan(&failures, &since, &enabled)
	if err != nil {
		return false, fmt.Errorf("store: endpoint %d failure: %w", d.Endpoint.ID, err)
	}
	disabled := enabled && failures >= a.DisableAfter && time.Since(since) >= a.DisableAge
	if disabled {
		_, err = d.tx.Exec(ctx, `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $2 WHERE id = $1`,
			d.Endpoint.ID, a.Error)
		if err != nil {
			return false, fmt.Errorf("store: disable endpoint %d: %w", d.Endpoint.ID, err)
		}
	}
	if disabled {
		_, err = d.tx.Exec(ctx, `INSERT INTO publish_alerts (kind, endpoint, message) VALUES ('endpoint_disabled', $1, $2)`,
			d.Endpoint.ID, fmt.Sprintf("webhook %q disabled after %d failed deliveries in a row; last: %s",
				d.Endpoint.Name, failures, a.Error))
		if err != nil {
			return false, fmt.Errorf("store: alert endpoint %d: %w", d.Endpoint.ID, err)
		}
	}
	return disabled, nil
}

// Release gives a claimed delivery back untouched (shutting down).
func (d *DeliveryTx) Release(ctx context.Context) { d.tx.Rollback(ctx) }

// NextDelivery says how long until a delivery is due, by the database's
// clock; ok is false when nothing is pending.
func (s *Store) NextDelivery(ctx context.Context, withNATS bool) (wait time.Duration, ok bool, err error) {
	var us *int64
	err = s.pool.QueryRow(ctx, `SELECT (EXTRACT(EPOCH FROM min(d.next_attempt_at) - clock_timestamp()) * 1e6)::bigint
		FROM deliveries d LEFT JOIN webhook_endpoints w ON w.id = d.endpoint
		WHERE d.status = 'pending' AND (w.enabled OR (d.endpoint IS NULL AND $1))`, withNATS).Scan(&us)
	if err != nil {
		return 0, false, fmt.Errorf("store: next delivery: %w", err)
	}
	if us == nil {
		return 0, false, nil
	}
	return time.Duration(*us) * time.Microsecond, true, nil
}

// Dedicated returns a Store on a pool of its own, at most n connections,
// for work that holds a connection for long: the dispatcher keeps a
// delivery's row lock while a partner's server answers, and a slow
// partner must not starve the scheduler or the desk of connections.
func (s *Store) Dedicated(ctx context.Context, n int32) (*Store, error) {
	cfg := s.pool.Config()
	cfg.MaxConns = n
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("store: dedicated pool: %w", err)
	}
	return &Store{pool: pool}, nil
}
