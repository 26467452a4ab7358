package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"newsdesk/draft"
)

// Status is what became of a stored email.
type Status string

const (
	Drafted  Status = "drafted"  // a draft was made
	Rejected Status = "rejected" // kept, but not processable (unparseable, over-size)
	Failed   Status = "failed"   // processing broke; kept for ops to replay
)

// Message is one email to store with the outcome of processing it.
type Message struct {
	SourceKey   string // mailbox:uidvalidity:uid
	MessageID   string
	ContentHash []byte
	Raw         []byte
	RawObject   string // object-store name of the complete email when Raw holds only its headers
	Status      Status
	Reason      string       // why it was rejected or failed
	Draft       *draft.Draft // set when Status is Drafted
	// AfterDraft, when set, runs in the transaction that inserted the new
	// draft (the worker tags it there); an error rolls the save back.
	AfterDraft func(ctx context.Context, q Querier, draftID int64) error
}

// Outcome tells what SaveMessage did.
type Outcome int

const (
	Stored    Outcome = iota // a new message (and its draft)
	Redeliver                // this source was stored before: nothing to do
	Duplicate                // the same email came from another source: source recorded
)

func (o Outcome) String() string {
	return [...]string{"stored", "redelivery", "duplicate"}[o]
}

// SaveMessage stores the raw original, its source and its draft in one
// transaction. Unique keys on the source and on Message-ID + content hash
// make a second delivery of the same email a no-op.
func (s *Store) SaveMessage(ctx context.Context, m Message) (Outcome, error) {
	if m.Status == Drafted && m.Draft == nil {
		return 0, errors.New("store: save message: drafted without a draft")
	}
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return 0, fmt.Errorf("store: save message %s: %w", m.SourceKey, err)
	}
	defer releaseAfter(ctx, conn, len(m.Raw))
	var out Outcome
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		// Stored (now or before): its attempts no longer count.
		if _, err := tx.Exec(ctx, `DELETE FROM message_attempts WHERE source_key = $1`, m.SourceKey); err != nil {
			return err
		}
		var id int64
		err := tx.QueryRow(ctx, `SELECT message FROM message_sources WHERE source_key = $1`, m.SourceKey).Scan(&id)
		if err == nil {
			out = Redeliver
			return nil
		}
		if !errors.Is(err, pgx.ErrNoRows) {
			return err
		}
		err = tx.QueryRow(ctx, `
			INSERT INTO messages (message_id, content_hash, size, status, reason, raw_object, raw)
			VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (message_id, content_hash) DO NOTHING
			RETURNING id`,
			// raw last: pgx encodes the parameters into one growing buffer,
			// and one appended after 25 MB would copy them all again.
			m.MessageID, m.ContentHash, len(m.Raw), m.Status, m.Reason, m.RawObject, m.Raw).Scan(&id)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			out = Duplicate
			err = tx.QueryRow(ctx, `SELECT id FROM messages WHERE message_id = $1 AND content_hash = $2`,
				m.MessageID, m.ContentHash).Scan(&id)
			if err != nil {
				return err
			}
		case err != nil:
			return err
		default:
			out = Stored
		}
		tag, err := tx.Exec(ctx, `INSERT INTO message_sources (source_key, message) VALUES ($1, $2)
			ON CONFLICT (source_key) DO NOTHING`, m.SourceKey, id)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			// A concurrent delivery of this very source committed first.
			out = Redeliver
		}
		if out != Stored || m.Status != Drafted {
			return nil
		}
		var draftID int64
		err = tx.QueryRow(ctx, `INSERT INTO drafts (message, kind, headline, doc) VALUES ($1, $2, $3, $4) RETURNING id`,
			id, m.Draft.Kind, m.Draft.Headline, m.Draft).Scan(&draftID)
		if err != nil || m.AfterDraft == nil {
			return err
		}
		return m.AfterDraft(ctx, tx, draftID)
	})
	if err != nil {
		return 0, fmt.Errorf("store: save message %s: %w", m.SourceKey, err)
	}
	return out, nil
}

// bigParameters is the size of the parameters above which a connection is
// closed after its query instead of going back to the pool: pgx keeps the
// encoded parameters of the last query in the connection (about 1.25 times
// their size) until its next one, so each idle connection would hold a
// copy of the last large email it stored.
const bigParameters = 1 << 20

// releaseAfter returns conn to the pool after a query that sent size bytes
// of parameters, or closes it when they were big.
func releaseAfter(ctx context.Context, conn *pgxpool.Conn, size int) {
	if size <= bigParameters {
		conn.Release()
		return
	}
	conn.Hijack().Close(ctx)
}
