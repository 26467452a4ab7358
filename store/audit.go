package store

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// AuditEntry is one line of a draft's history.
type AuditEntry struct {
	ID     int64          `json:"id"`
	Actor  string         `json:"actor"`
	Action string         `json:"action"`
	Detail map[string]any `json:"detail"`
	At     time.Time      `json:"at"`
}

func audit(ctx context.Context, tx pgx.Tx, draftID int64, actor, action string, detail map[string]any) error {
	if detail == nil {
		detail = map[string]any{}
	}
	_, err := tx.Exec(ctx, `INSERT INTO audit (draft, actor, action, detail) VALUES ($1, $2, $3, $4)`,
		draftID, actor, action, detail)
	return err
}

// History returns a draft's audit log, oldest first.
func (s *Store) History(ctx context.Context, draftID int64) ([]AuditEntry, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, actor, action, detail, at FROM audit WHERE draft = $1 ORDER BY id`, draftID)
	if err != nil {
		return nil, fmt.Errorf("store: history of draft %d: %w", draftID, err)
	}
	es, err := pgx.CollectRows(rows, pgx.RowToStructByPos[AuditEntry])
	if err != nil {
		return nil, fmt.Errorf("store: history of draft %d: %w", draftID, err)
	}
	return es, nil
}
