package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// PendingDelivery is an event still on its way to an endpoint: the desk's
// delivery log shows when the dispatcher tries it next.
type PendingDelivery struct {
	Event     string    `json:"event"`
	Type      string    `json:"type"`
	Attempts  int       `json:"attempts"`
	NextAt    time.Time `json:"next_attempt_at"`
	LastError string    `json:"last_error,omitempty"`
}

// PendingDeliveries lists an endpoint's undelivered events, next due first.
func (s *Store) PendingDeliveries(ctx context.Context, endpointID int64, limit int) ([]PendingDelivery, error) {
	rows, err := s.pool.Query(ctx, `SELECT d.event, e.type, d.attempts, d.next_attempt_at, d.last_error
		FROM deliveries d JOIN outbox_events e ON e.id = d.event
		WHERE d.endpoint = $1 AND d.status = 'pending' ORDER BY d.next_attempt_at, d.id LIMIT $2`, endpointID, limit)
	if err != nil {
		return nil, fmt.Errorf("store: pending deliveries: %w", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[PendingDelivery])
	if err != nil {
		return nil, fmt.Errorf("store: pending deliveries: %w", err)
	}
	return out, nil
}
