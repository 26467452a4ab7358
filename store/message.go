package store

import (
	"context"
	"fmt"
	"slices"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgtype"
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
	// Tag, when set, tags a new draft in the transaction that stores it
	// (the worker sets it), before the draft is inserted: the draft goes in
	// with its tags in one write. Writing them into the inserted row
	// afterwards made PostgreSQL recompute its search vector and index
	// entries and fire its triggers twice. An error rolls the save back.
	Tag func(ctx context.Context, q Querier) (Tagged, error)
	// StoryKeys are the fingerprint bands of the draft Tag files in a
	// story (the worker sets both). Saves of drafts that share a band take
	// turns, so that of two copies saved at once the second one's Tag sees
	// the first committed and joins its cluster.
	StoryKeys []int64
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

// SaveMessage stores one email; see SaveMessages.
func (s *Store) SaveMessage(ctx context.Context, m Message) (Outcome, error) {
	saved, err := s.SaveMessages(ctx, []Message{m})
	if err != nil {
		return 0, err
	}
	return saved[0].Outcome, saved[0].Err
}

// Saved is what SaveMessages did with one email: its outcome, or the
// error that rolled its rows back while the others committed.
type Saved struct {
	Outcome Outcome
	Err     error
}

// SaveMessages stores each email's raw original, source and draft in one
// transaction for the whole batch, so the batch waits for one WAL flush
// instead of one per email. Each email's rows are still all-or-nothing:
// it is saved under a savepoint, and an email whose rows fail rolls back
// to it and reports its error in its Saved while the others commit.
// Unique keys on the source and on Message-ID + content hash make a
// second delivery of the same email a no-op. The error is for the batch:
// nothing was committed.
//
// Batches store side by side. The only rows two of them write in common
// are the keys of one email delivered to both, and draft_counts takes
// delta rows (migration 009), so the one thing they take turns on is a
// story: the batch's story keys are locked first, in one order.
func (s *Store) SaveMessages(ctx context.Context, ms []Message) ([]Saved, error) {
	saved := make([]Saved, len(ms))
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: save %d messages: %w", len(ms), err)
	}
	var size int
	for _, m := range ms {
		size = max(size, len(m.Raw))
	}
	defer releaseAfter(ctx, conn, size)
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if err := lockStories(ctx, tx, ms); err != nil {
			return err
		}
		drafted := false
		for i, m := range ms {
			if m.Status == Drafted && m.Draft == nil {
				saved[i].Err = fmt.Errorf("store: save message %s: drafted without a draft", m.SourceKey)
				continue
			}
			var err error
			if saved[i], err = saveInSavepoint(ctx, tx, m); err != nil {
				return err
			}
			drafted = drafted || (saved[i].Err == nil && saved[i].Outcome == Stored && m.Status == Drafted)
		}
		if !drafted {
			return nil
		}
		return foldDraftCounts(ctx, tx)
	})
	if err != nil {
		return nil, fmt.Errorf("store: save %d messages: %w", len(ms), err)
	}
	return saved, nil
}

// lockStories takes the transaction-scoped advisory lock of every story
// key of ms before anything else, so a batch waits for the batches that
// hold a story it files into, and then finds their drafts. A band is a
// 64-bit hash, so it is its own lock key. It never waits holding a key:
// it tries them all, in ascending order, and when one is taken it lets go
// of the others, waits for that one's holder to commit, lets go of it
// too and tries again. Waiting while holding made convoys (a batch
// waiting for one key kept the keys others needed) on a backlog full of
// copies. A batch of 16 releases holds up to 512 keys (locks share a
// table of LockSlots entries; the worker sizes its batches to fit).
func lockStories(ctx context.Context, tx pgx.Tx, ms []Message) error {
	var keys []int64
	for _, m := range ms {
		if m.Status == Drafted && m.Tag != nil {
			keys = append(keys, m.StoryKeys...)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	// The keys are taken under a savepoint, which stays open when they
	// all are: its locks then last as long as the transaction, and one
	// round trip takes them.
	b := &pgx.Batch{}
	b.Queue(`SAVEPOINT story_keys`)
	for {
		// unnest yields the keys in order; LIMIT stops at the first taken.
		var taken []int64
		b.Queue(`SELECT ARRAY(SELECT k FROM unnest($1::bigint[]) AS k WHERE NOT pg_try_advisory_xact_lock(k) LIMIT 1)`, keys).
			QueryRow(func(r pgx.Row) error { return r.Scan(&taken) })
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return fmt.Errorf("store: lock %d story keys: %w", len(keys), err)
		}
		if len(taken) == 0 {
			return nil
		}
		// Wait for the holder of the one taken, holding none, then let go
		// of it too, and try again.
		b = &pgx.Batch{}
		b.Queue(`ROLLBACK TO SAVEPOINT story_keys`)
		b.Queue(`SELECT pg_advisory_xact_lock($1)`, taken[0])
		b.Queue(`ROLLBACK TO SAVEPOINT story_keys`)
	}
}

// LockSlots is the size of PostgreSQL's shared lock table, which every
// transaction's locks share, advisory ones included:
// max_locks_per_transaction × (max_connections + max_prepared_transactions).
func (s *Store) LockSlots(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT current_setting('max_locks_per_transaction')::int *
		(current_setting('max_connections')::int + current_setting('max_prepared_transactions')::int)`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: read the lock table's size: %w", err)
	}
	return n, nil
}

// saveInSavepoint saves one email under a savepoint and reports its
// outcome or the error that rolled it back; the error it returns is the
// transaction's. Two batches holding the same two emails (one email sent
// to two mailboxes) insert their keys in their own orders and can
// deadlock on them; the email PostgreSQL fails is rolled back and
// reported, which lets the other batch on. Saving it again in this
// transaction would deadlock again (this batch still holds the other
// email's keys); it comes back with its retry and finds the other
// batch's rows.
func saveInSavepoint(ctx context.Context, tx pgx.Tx, m Message) (Saved, error) {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return Saved{}, err
	}
	out, err := saveMessage(ctx, sp, m)
	if err == nil {
		return Saved{Outcome: out}, sp.Commit(ctx)
	}
	if err := sp.Rollback(ctx); err != nil {
		return Saved{}, err
	}
	return Saved{Err: fmt.Errorf("store: save message %s: %w", m.SourceKey, err)}, nil
}

// foldDraftCounts sums the tab counts' delta rows into one row per tab.
// Rows another transaction is folding are left to it, so folds never
// wait; rows of transactions not yet committed are not seen, and stay.
func foldDraftCounts(ctx context.Context, tx pgx.Tx) error {
	_, err := tx.Exec(ctx, `
		WITH gone AS (
			DELETE FROM draft_counts
			WHERE ctid = ANY (ARRAY(SELECT ctid FROM draft_counts FOR UPDATE SKIP LOCKED))
			RETURNING tab, n)
		INSERT INTO draft_counts (tab, n)
		SELECT tab, sum(n) FROM gone GROUP BY tab HAVING sum(n) <> 0`)
	if err != nil {
		return fmt.Errorf("store: fold draft counts: %w", err)
	}
	return nil
}

// saveMessage stores one email in tx. Its first statement does what a
// new email needs in one round trip: clear its attempts (stored now or
// before, they no longer count), see whether its source was stored
// before, insert the message, its source, a new story cluster when its
// tagging started one, and its draft with its tags; its tag rows follow
// in a second.
func saveMessage(ctx context.Context, tx pgx.Tx, m Message) (Outcome, error) {
	var t Tagged
	if m.Tag != nil && m.Status == Drafted {
		var err error
		if t, err = m.Tag(ctx, tx); err != nil {
			return 0, err
		}
	}
	var before bool
	var id, src, draftID, cluster *int64
	err := queryRowBytes(ctx, tx, "newsdesk_save_message", `
		WITH attempts AS (DELETE FROM message_attempts WHERE source_key = $1),
		before AS (SELECT 1 FROM message_sources WHERE source_key = $1),
		msg AS (
			INSERT INTO messages (message_id, content_hash, size, status, reason, raw_object, raw)
			SELECT $2, $3, $4, $5, $6, $7, $14 WHERE NOT EXISTS (SELECT FROM before)
			ON CONFLICT (message_id, content_hash) DO NOTHING
			RETURNING id),
		src AS (
			INSERT INTO message_sources (source_key, message) SELECT $1, id FROM msg
			ON CONFLICT (source_key) DO NOTHING
			RETURNING message),
		fresh AS (
			INSERT INTO story_clusters (created_at) SELECT now() FROM src WHERE $11 AND $13
			RETURNING id),
		d AS (
			INSERT INTO drafts (message, kind, headline, doc)
			SELECT message, $8, $9, $10::jsonb || $12::jsonb || coalesce((SELECT jsonb_build_object('cluster_id', id) FROM fresh), '{}')
			FROM src WHERE $11
			RETURNING id)
		SELECT EXISTS (SELECT FROM before), (SELECT id FROM msg), (SELECT message FROM src), (SELECT id FROM d), (SELECT id FROM fresh)`,
		[]any{m.SourceKey, m.MessageID, m.ContentHash, len(m.Raw), m.Status, m.Reason, m.RawObject,
			draftKind(m), draftHeadline(m), m.Draft, m.Status == Drafted, t.Tags, t.Story != nil && t.Story.Cluster == 0,
			m.Raw}, &before, &id, &src, &draftID, &cluster)
	switch {
	case err != nil:
		return 0, err
	case before:
		return Redeliver, nil
	case id == nil:
		return saveDuplicate(ctx, tx, m)
	case src == nil:
		// A concurrent delivery of this very source committed first.
		return Redeliver, nil
	case draftID == nil || m.Tag == nil:
		return Stored, nil
	}
	if cluster != nil {
		t.Story.Cluster = *cluster
	}
	return Stored, saveTagged(ctx, tx, *draftID, t)
}

// saveDuplicate records one more source of an email stored before. It is
// a statement of its own so that it sees a row a concurrent transaction
// committed while the insert waited on it.
func saveDuplicate(ctx context.Context, tx pgx.Tx, m Message) (Outcome, error) {
	tag, err := tx.Exec(ctx, `
		INSERT INTO message_sources (source_key, message)
		SELECT $1, id FROM messages WHERE message_id = $2 AND content_hash = $3
		ON CONFLICT (source_key) DO NOTHING`, m.SourceKey, m.MessageID, m.ContentHash)
	switch {
	case err != nil:
		return 0, err
	case tag.RowsAffected() == 0:
		// A concurrent delivery of this very source committed first.
		return Redeliver, nil
	}
	return Duplicate, nil
}

func draftKind(m Message) any {
	if m.Draft == nil {
		return nil
	}
	return m.Draft.Kind
}

func draftHeadline(m Message) any {
	if m.Draft == nil {
		return nil
	}
	return m.Draft.Headline
}

// queryRowBytes runs a statement that returns one row, prepared on the
// connection once as name, and scans that row into dst. A []byte argument
// for a bytea parameter goes to the wire as it is: pgx's own Query copies
// every parameter into a buffer of its own, then again into the Bind
// message, and for an email of 25 MB that copy was 25 MB more at the
// worker's peak (BenchmarkLargeRSS).
func queryRowBytes(ctx context.Context, tx pgx.Tx, name, sql string, args []any, dst ...any) error {
	conn := tx.Conn()
	sd, err := conn.Prepare(ctx, name, sql)
	if err != nil {
		return err
	}
	// pgx encodes the others; each []byte is encoded as an empty value,
	// then put in as it is.
	encoded := slices.Clone(args)
	for i, a := range args {
		if b, ok := a.([]byte); ok && b != nil && sd.ParamOIDs[i] == pgtype.ByteaOID {
			encoded[i] = []byte{}
		}
	}
	var eqb pgx.ExtendedQueryBuilder
	if err := eqb.Build(conn.TypeMap(), sd, encoded); err != nil {
		return err
	}
	for i, a := range args {
		if b, ok := a.([]byte); ok && b != nil && sd.ParamOIDs[i] == pgtype.ByteaOID {
			eqb.ParamValues[i], eqb.ParamFormats[i] = b, pgx.BinaryFormatCode
		}
	}
	res := conn.PgConn().ExecPrepared(ctx, sd.Name, eqb.ParamValues, eqb.ParamFormats, eqb.ResultFormats).Read()
	if res.Err != nil {
		return res.Err
	}
	if len(res.Rows) != 1 || len(res.Rows[0]) != len(dst) {
		return fmt.Errorf("store: %d rows, want one of %d columns", len(res.Rows), len(dst))
	}
	for i, f := range res.FieldDescriptions {
		if err := conn.TypeMap().Scan(f.DataTypeOID, f.Format, res.Rows[0][i], dst[i]); err != nil {
			return fmt.Errorf("store: column %s: %w", f.Name, err)
		}
	}
	return nil
}

// bigParameters is the size of the parameters above which a connection is
// closed after its query instead of going back to the pool: the
// connection keeps the buffer it wrote the last Bind message into, so each
// idle connection would hold a copy of the last large email it stored.
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
