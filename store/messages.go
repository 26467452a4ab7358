package store

import (
	"context"
	"fmt"
	"time"
)

// MessageInfo is a stored email without its bytes, for ops.
type MessageInfo struct {
	ID         int64     `json:"id"`
	MessageID  string    `json:"message_id"`
	Status     Status    `json:"status"`
	Reason     string    `json:"reason"`
	Size       int       `json:"size"`
	RawObject  string    `json:"raw_object,omitempty"`
	ReceivedAt time.Time `json:"received_at"`
	Sources    []string  `json:"sources"`
}

// ListMessages returns the stored emails with the given status (all when
// status is ""), oldest first.
func (s *Store) ListMessages(ctx context.Context, status Status) ([]MessageInfo, error) {
	rows, err := s.pool.Query(ctx, `
		SELECT m.id, m.message_id, m.status, m.reason, m.size, m.raw_object, m.received_at,
		       COALESCE(array_agg(src.source_key ORDER BY src.source_key) FILTER (WHERE src.source_key IS NOT NULL), '{}')
		FROM messages m LEFT JOIN message_sources src ON src.message = m.id
		WHERE $1 = '' OR m.status = $1
		GROUP BY m.id ORDER BY m.id`, string(status))
	if err != nil {
		return nil, fmt.Errorf("store: list messages: %w", err)
	}
	defer rows.Close()
	var out []MessageInfo
	for rows.Next() {
		var m MessageInfo
		if err := rows.Scan(&m.ID, &m.MessageID, &m.Status, &m.Reason, &m.Size, &m.RawObject, &m.ReceivedAt, &m.Sources); err != nil {
			return nil, fmt.Errorf("store: list messages: %w", err)
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: list messages: %w", err)
	}
	return out, nil
}

// SourcesStored tells which of the source keys are stored.
func (s *Store) SourcesStored(ctx context.Context, keys []string) (map[string]bool, error) {
	rows, err := s.pool.Query(ctx, `SELECT source_key FROM message_sources WHERE source_key = ANY($1)`, keys)
	if err != nil {
		return nil, fmt.Errorf("store: sources stored: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("store: sources stored: %w", err)
		}
		out[k] = true
	}
	return out, rows.Err()
}
