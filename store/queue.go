package store

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"newsdesk/draft"
)

// Queue tabs: the review statuses, plus drafts that are not releases and
// emails the pipeline could not turn into a draft.
const (
	TabNew        = "new"
	TabInReview   = "in_review"
	TabApproved   = "approved"
	TabScheduled  = "scheduled"
	TabPublished  = "published"
	TabRejected   = "rejected"
	TabNotRelease = "not_release"
	TabFailed     = "failed"
)

// Tabs lists the queue's tabs in the order the desk shows them.
var Tabs = []string{TabNew, TabInReview, TabApproved, TabScheduled, TabPublished, TabRejected, TabNotRelease, TabFailed}

// Embargo filter values.
const (
	EmbargoActive = "active" // embargo in the future
	EmbargoHold   = "hold"   // stated, but no instant could be read
	EmbargoNone   = "none"
)

// QueueFilter selects drafts; empty fields do not filter.
type QueueFilter struct {
	Tab   string
	Query string // full-text, web search syntax
	Topic string // IPTC code
	// Narrower lists the codes under Topic. Drafts carry their most
	// specific topics and the top level only, so a filter on a middle
	// level finds them through the codes under it.
	Narrower     []string
	Person       string
	Organisation string
	Place        string
	Sender       string // e-mail address, exact, any case
	Language     string // ISO 639-1
	Embargo      string // EmbargoActive, EmbargoHold, EmbargoNone
	Before       int64  // page: drafts with a smaller id
	Limit        int

	tsquery string // Query parsed for every configuration, by prepare
}

// QueueItem is one row of the queue.
type QueueItem struct {
	ID           int64           `json:"id"`
	Status       string          `json:"status"`
	Kind         string          `json:"kind"`
	Headline     string          `json:"headline"`
	Issuer       string          `json:"issuer"`
	Dateline     *draft.Dateline `json:"dateline"`
	Language     string          `json:"language"`
	Sender       string          `json:"sender"`
	EmbargoUntil *time.Time      `json:"embargo_until"`
	EmbargoHold  bool            `json:"embargo_hold"`
	ClaimedBy    string          `json:"claimed_by,omitempty"`
	Version      int             `json:"version"`
	Copies       int             `json:"copies"`                // drafts in the same cluster, this one included
	RevisionOf   string          `json:"revision_of,omitempty"` // the draft this one revises
	Urgent       bool            `json:"urgent,omitempty"`      // a revision waiting while the draft it revises is approved or out (urgent_revisions)
	CreatedAt    time.Time       `json:"created_at"`

	cluster json.RawMessage // the tagger's cluster_id, for countCopies
}

// regconfigs are PostgreSQL's built-in text search configurations. A
// search ORs the query parsed in each (or in the language filtered on), so
// a draft matches in its own language's stemming. The distinct variants
// are computed first and passed as one constant tsquery: the GIN index
// serves it, and the planner is not handed 29 function calls to fold.
var regconfigs = []string{"simple", "arabic", "armenian", "basque", "catalan", "danish", "dutch", "english",
	"finnish", "french", "german", "greek", "hindi", "hungarian", "indonesian", "irish", "italian", "lithuanian",
	"nepali", "norwegian", "portuguese", "romanian", "russian", "serbian", "spanish", "swedish", "tamil", "turkish", "yiddish"}

// prepare parses the search text once per request.
func (s *Store) prepare(ctx context.Context, f *QueueFilter) error {
	q := strings.TrimSpace(f.Query)
	if q == "" {
		return nil
	}
	configs := regconfigs
	if f.Language != "" {
		configs = nil
	}
	err := s.pool.QueryRow(ctx, `
		SELECT coalesce(string_agg(DISTINCT '(' || t || ')', ' | '), '')
		FROM (SELECT websearch_to_tsquery(c, $1)::text t
		      FROM unnest(coalesce($2::regconfig[], ARRAY[newsdesk_regconfig($3)])) c) x
		WHERE t <> ''`, q, configs, f.Language).Scan(&f.tsquery)
	if err != nil {
		return fmt.Errorf("store: parse search %q: %w", q, err)
	}
	return nil
}

// where builds the filter's conditions on drafts d; the tab is left out
// when withTab is false (for the per-tab counts).
func (f QueueFilter) where(withTab bool) (string, []any) {
	var conds []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return "$" + strconv.Itoa(len(args))
	}
	if withTab {
		switch f.Tab {
		case TabNotRelease:
			conds = append(conds, "d.kind = 'not_press_release'")
		case "":
		default:
			conds = append(conds, "d.kind = 'press_release'", "d.status = "+arg(f.Tab))
		}
	}
	if strings.TrimSpace(f.Query) != "" {
		if f.tsquery == "" {
			conds = append(conds, "false") // only stop words: nothing to find
		} else {
			conds = append(conds, "d.search @@ "+arg(f.tsquery)+"::tsquery")
		}
	}
	contains := func(key string, v any) {
		b, _ := json.Marshal(map[string]any{key: v})
		conds = append(conds, "d.doc @> "+arg(string(b))+"::jsonb")
	}
	if f.Topic != "" {
		// One containment test per code, so each can use the GIN index.
		var alts []string
		for _, code := range append([]string{f.Topic}, f.Narrower...) {
			b, _ := json.Marshal(map[string]any{"topics": []map[string]string{{"code": code}}})
			alts = append(alts, "d.doc @> "+arg(string(b))+"::jsonb")
		}
		conds = append(conds, "("+strings.Join(alts, " OR ")+")")
	}
	if f.Person != "" {
		contains("people", []string{f.Person})
	}
	if f.Organisation != "" {
		contains("organisations", []string{f.Organisation})
	}
	if f.Place != "" {
		contains("places", []string{f.Place})
	}
	if f.Sender != "" {
		conds = append(conds, "d.sender = "+arg(strings.ToLower(strings.TrimSpace(f.Sender))))
	}
	if f.Language != "" {
		conds = append(conds, "d.language = "+arg(f.Language))
	}
	switch f.Embargo {
	case EmbargoActive:
		conds = append(conds, "d.embargo_until > now()")
	case EmbargoHold:
		conds = append(conds, "d.doc @> '{\"embargo_hold\": true}'")
	case EmbargoNone:
		conds = append(conds, "d.embargo_until IS NULL AND NOT d.doc @> '{\"embargo_hold\": true}'")
	}
	if withTab && f.Before > 0 {
		conds = append(conds, "d.id < "+arg(f.Before))
	}
	if len(conds) == 0 {
		return "true", args
	}
	return strings.Join(conds, " AND "), args
}

// Queue lists drafts matching f, newest arrival first.
func (s *Store) Queue(ctx context.Context, f QueueFilter) ([]QueueItem, error) {
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 50
	}
	if err := s.prepare(ctx, &f); err != nil {
		return nil, err
	}
	where, args := f.where(true)
	args = append(args, f.Limit)
	// Planned for these very values each time: a cached generic plan
	// cannot know whether a tab or a search term is rare or common, and
	// picked sorts of whole tabs (124 ms instead of a few).
	args = append([]any{pgx.QueryExecModeExec}, args...)
	rows, err := s.pool.Query(ctx, `
		SELECT d.id, d.status, d.kind, d.headline, coalesce(d.doc->>'issuer', ''), d.doc->'dateline',
		       d.language, d.sender, d.embargo_until, coalesce((d.doc->>'embargo_hold')::boolean, false),
		       coalesce(d.claimed_by, ''), d.version, coalesce(d.doc->>'revision_of', ''), d.created_at,
		       coalesce(d.doc->'cluster_id', 'null')
		FROM drafts d WHERE `+where+`
		ORDER BY d.id DESC LIMIT $`+strconv.Itoa(len(args)-1), args...)
	if err != nil {
		return nil, fmt.Errorf("store: queue: %w", err)
	}
	items, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (QueueItem, error) {
		var it QueueItem
		err := r.Scan(&it.ID, &it.Status, &it.Kind, &it.Headline, &it.Issuer, &it.Dateline, &it.Language, &it.Sender,
			&it.EmbargoUntil, &it.EmbargoHold, &it.ClaimedBy, &it.Version, &it.RevisionOf, &it.CreatedAt, &it.cluster)
		it.Copies = 1
		return it, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: queue: %w", err)
	}
	if err := s.countCopies(ctx, items); err != nil {
		return nil, err
	}
	if err := s.markUrgent(ctx, items); err != nil {
		return nil, err
	}
	return items, nil
}

// markUrgent sets Urgent on the items that the view urgent_revisions
// lists, in a query of its own like countCopies.
func (s *Store) markUrgent(ctx context.Context, items []QueueItem) error {
	if len(items) == 0 {
		return nil
	}
	ids := make([]int64, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	rows, err := s.pool.Query(ctx, `SELECT draft FROM urgent_revisions WHERE draft = ANY($1)`, ids)
	if err != nil {
		return fmt.Errorf("store: urgent revisions: %w", err)
	}
	urgent, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if err != nil {
		return fmt.Errorf("store: urgent revisions: %w", err)
	}
	for i := range items {
		items[i].Urgent = slices.Contains(urgent, items[i].ID)
	}
	return nil
}

// countCopies fills Copies for the rows in a cluster, in a query of its
// own: inside the list's select list, its cost estimate steered the
// planner away from the id order (6 s instead of 3 ms for a filter).
func (s *Store) countCopies(ctx context.Context, items []QueueItem) error {
	var clusters []string
	for _, it := range items {
		if c := string(it.cluster); c != "" && c != "null" {
			clusters = append(clusters, c)
		}
	}
	if len(clusters) == 0 {
		return nil
	}
	rows, err := s.pool.Query(ctx, `SELECT c::text, (SELECT count(*) FROM drafts WHERE doc @> jsonb_build_object('cluster_id', c))
		FROM unnest($1::jsonb[]) c`, clusters)
	if err != nil {
		return fmt.Errorf("store: count copies: %w", err)
	}
	n := map[string]int{}
	for rows.Next() {
		var c string
		var k int
		if err := rows.Scan(&c, &k); err != nil {
			return fmt.Errorf("store: count copies: %w", err)
		}
		n[c] = k
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: count copies: %w", err)
	}
	for i := range items {
		if k, ok := n[string(items[i].cluster)]; ok {
			items[i].Copies = k
		}
	}
	return nil
}

// CountCap is how many matching drafts filtered counts look at: counting
// every match of a broad filter would cost a scan of the table on every
// page view.
const CountCap = 2000

// QueueCounts counts the drafts in each tab that match f's other filters;
// the failed tab counts emails without a draft and ignores the filters.
// When filtering, only CountCap matches are counted, and capped says the
// counts are lower bounds.
func (s *Store) QueueCounts(ctx context.Context, f QueueFilter) (counts map[string]int, capped bool, err error) {
	f.Before = 0
	if err := s.prepare(ctx, &f); err != nil {
		return nil, false, err
	}
	where, args := f.where(false)
	q := `SELECT tab, sum(n)::bigint FROM draft_counts GROUP BY tab` // delta rows (migration 009)
	if where == "true" {
		// Desk edits add delta rows too, and only saves fold them: the
		// reader folds as well, so an idle pipeline's table stays small,
		// but only when there is something to fold (a fold rewrites every
		// row, and the desk reads counts on every queue page).
		var rows int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM draft_counts`).Scan(&rows); err != nil {
			return nil, false, fmt.Errorf("store: queue counts: %w", err)
		}
		if rows > len(Tabs) {
			if err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error { return foldDraftCounts(ctx, tx) }); err != nil {
				return nil, false, fmt.Errorf("store: queue counts: %w", err)
			}
		}
	} else {
		// One scan of the matches, without the tab condition, so the
		// planner uses the filter's own index and not an AND with the
		// tab index (which costs a pass over the whole tab).
		q = `SELECT tab, count(*) FROM (SELECT newsdesk_draft_tab(d.kind, d.status) tab FROM drafts d
			WHERE ` + where + ` LIMIT ` + strconv.Itoa(CountCap) + `) x GROUP BY tab`
	}
	rows, err := s.pool.Query(ctx, q+` UNION ALL SELECT 'failed', count(*) FROM messages WHERE status <> 'drafted'`,
		append([]any{pgx.QueryExecModeExec}, args...)...)
	if err != nil {
		return nil, false, fmt.Errorf("store: queue counts: %w", err)
	}
	defer rows.Close()
	counts = make(map[string]int, len(Tabs))
	total := 0
	for rows.Next() {
		var tab string
		var n int
		if err := rows.Scan(&tab, &n); err != nil {
			return nil, false, fmt.Errorf("store: queue counts: %w", err)
		}
		counts[tab] += n
		if tab != TabFailed {
			total += n
		}
	}
	if err := rows.Err(); err != nil {
		return nil, false, fmt.Errorf("store: queue counts: %w", err)
	}
	return counts, where != "true" && total >= CountCap, nil
}

// FailedMessage is an email the pipeline kept without making a draft.
type FailedMessage struct {
	ID         int64     `json:"id"`
	Status     string    `json:"status"`
	Reason     string    `json:"reason"`
	Size       int       `json:"size"`
	ReceivedAt time.Time `json:"received_at"`
	Head       []byte    `json:"-"` // the first 8 KiB of the raw email, for its headers
}

// FailedMessages lists rejected and failed emails, newest first.
func (s *Store) FailedMessages(ctx context.Context, before int64, limit int) ([]FailedMessage, error) {
	if limit <= 0 || limit > 500 {
		limit = 50
	}
	if before <= 0 {
		before = 1<<63 - 1
	}
	rows, err := s.pool.Query(ctx, `SELECT id, status, reason, size, received_at, substring(raw from 1 for 8192)
		FROM messages WHERE status <> 'drafted' AND id < $1 ORDER BY id DESC LIMIT $2`, before, limit)
	if err != nil {
		return nil, fmt.Errorf("store: failed messages: %w", err)
	}
	ms, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (FailedMessage, error) {
		var m FailedMessage
		err := r.Scan(&m.ID, &m.Status, &m.Reason, &m.Size, &m.ReceivedAt, &m.Head)
		return m, err
	})
	if err != nil {
		return nil, fmt.Errorf("store: failed messages: %w", err)
	}
	return ms, nil
}
