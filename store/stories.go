package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"newsdesk/draft"
)

// StoryCandidate is a stored draft that shares a fingerprint band with a
// new one.
type StoryCandidate struct {
	ID      int64
	Cluster int64
	MinHash []uint64
	// Draft holds what relating a new draft to it reads: the headline,
	// the body text and the source. The whole document would cost every
	// new draft a JSON decode of up to maxCandidates stored ones.
	Draft *draft.Draft
}

// maxCandidates bounds a lookup; a band shared by more drafts than this
// is boilerplate, not a story.
const maxCandidates = 50

// StoryCandidates returns stored drafts that share at least one LSH band
// with a new one, most shared bands first. The bands index makes this
// cost O(candidates), not O(drafts).
func StoryCandidates(ctx context.Context, q Querier, bands []int64) ([]StoryCandidate, error) {
	if len(bands) == 0 {
		return nil, nil
	}
	return storyCandidates(ctx, q, `SELECT draft, count(*) AS shared FROM fingerprint_bands
		WHERE band = ANY($1)
		GROUP BY draft ORDER BY shared DESC, draft LIMIT $2`, bands, maxCandidates)
}

// SenderCandidates returns the latest drafts stored under a sender's key
// (tag.SenderKey), newest first: where a marked revision looks for the
// original it rewrote too much to share a band with.
func SenderCandidates(ctx context.Context, q Querier, sender int64) ([]StoryCandidate, error) {
	if sender == 0 {
		return nil, nil
	}
	return storyCandidates(ctx, q, `SELECT draft, draft AS shared FROM fingerprint_bands
		WHERE band = $1 ORDER BY draft DESC LIMIT $2`, sender, maxSenderCandidates)
}

// maxSenderCandidates: how far back among a sender's drafts a revision
// looks for its original.
const maxSenderCandidates = 20

// storyCandidates reads the drafts a lookup (draft, shared) selects, in
// the order of shared, with what relating a new draft to them needs.
func storyCandidates(ctx context.Context, q Querier, lookup string, key any, limit int) ([]StoryCandidate, error) {
	rows, err := q.Query(ctx, `
		SELECT d.id, s.cluster, s.minhash,
			coalesce(f.headline, ''), coalesce(f.body_text, ''), coalesce(f.source, '{}')
		FROM (`+lookup+`) b
		JOIN drafts d ON d.id = b.draft
		JOIN draft_stories s ON s.draft = b.draft
		-- One read of the document for its three fields: each doc->'key'
		-- fetched and decompressed the whole document again.
		CROSS JOIN LATERAL jsonb_to_record(d.doc) AS f(headline text, body_text text, source jsonb)
		ORDER BY b.shared DESC, d.id`, key, limit)
	if err != nil {
		return nil, fmt.Errorf("store: story candidates: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (StoryCandidate, error) {
		var c StoryCandidate
		var mh []int64
		c.Draft = &draft.Draft{}
		if err := r.Scan(&c.ID, &c.Cluster, &mh, &c.Draft.Headline, &c.Draft.BodyText, &c.Draft.Source); err != nil {
			return c, err
		}
		c.MinHash = make([]uint64, len(mh))
		for i, v := range mh {
			c.MinHash[i] = uint64(v)
		}
		return c, nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: story candidates: %w", err)
	}
	return out, nil
}

// Story is a draft's fingerprint and how it relates to earlier drafts.
type Story struct {
	MinHash     []uint64
	Bands       []int64
	Sender      int64 // the sender's key (tag.SenderKey), 0 when none
	Cluster     int64 // the earlier draft's cluster; 0 starts a new one (saveMessage)
	DuplicateOf int64 // 0 when none
	RevisionOf  int64 // 0 when none
	Similarity  float64
	Diff        any // paragraph diff of a revision, stored as JSON
}

// queueStory queues the statements that store a new draft's
// fingerprint, bands, sender key and revision.
func queueStory(b *pgx.Batch, draftID int64, st Story) {
	mh := make([]int64, len(st.MinHash))
	for i, v := range st.MinHash {
		mh[i] = int64(v)
	}
	b.Queue(`
		INSERT INTO draft_stories (draft, cluster, minhash, duplicate_of, revision_of, similarity)
		VALUES ($1, $2, $3, NULLIF($4, 0::bigint), NULLIF($5, 0::bigint), $6)`,
		draftID, st.Cluster, mh, st.DuplicateOf, st.RevisionOf, st.Similarity)
	if st.DuplicateOf == 0 {
		// A duplicate's bands are its original's: a later copy finds the
		// original, so a story sent a thousand times still costs a lookup
		// one candidate, not a thousand.
		b.Queue(`INSERT INTO fingerprint_bands (band, draft) SELECT unnest($1::bigint[]), $2
			ON CONFLICT DO NOTHING`, st.Bands, draftID)
	}
	if st.Sender != 0 {
		// A copy's too: its sender's later correction looks for it by
		// this key alone when it shares no band with the original.
		b.Queue(`INSERT INTO fingerprint_bands (band, draft) VALUES ($1, $2) ON CONFLICT DO NOTHING`, st.Sender, draftID)
	}
	if st.RevisionOf != 0 {
		b.Queue(`INSERT INTO draft_revisions (draft, previous, diff) VALUES ($1, $2, $3)`,
			draftID, st.RevisionOf, st.Diff)
	}
}

// ClusterCopies counts a story's drafts and their distinct senders, for
// "3 copies from 2 senders".
func ClusterCopies(ctx context.Context, q Querier, cluster int64) (copies, senders int, err error) {
	err = q.QueryRow(ctx, `
		SELECT count(*), count(DISTINCT lower(d.doc->'source'->>'from'))
		FROM draft_stories s JOIN drafts d ON d.id = s.draft WHERE s.cluster = $1`, cluster).Scan(&copies, &senders)
	if err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return 0, 0, fmt.Errorf("store: copies in cluster %d: %w", cluster, err)
	}
	return copies, senders, nil
}

// Revision is what a correction changed and whether it is urgent.
type Revision struct {
	Previous int64
	Diff     []byte // JSON
	// Urgent: the correction waits for an editor and the draft it revises
	// is approved, scheduled or published, as the view urgent_revisions
	// (migration 010) reads it from both drafts' current statuses.
	Urgent bool
}

// DraftRevision reads the revision record of a draft, ok false when it is
// not a revision.
func DraftRevision(ctx context.Context, q Querier, draftID int64) (r Revision, ok bool, err error) {
	err = q.QueryRow(ctx, `SELECT previous, diff, EXISTS (SELECT FROM urgent_revisions u WHERE u.draft = r.draft)
		FROM draft_revisions r WHERE draft = $1`, draftID).
		Scan(&r.Previous, &r.Diff, &r.Urgent)
	if errors.Is(err, pgx.ErrNoRows) {
		return r, false, nil
	}
	if err != nil {
		return r, false, fmt.Errorf("store: revision of draft %d: %w", draftID, err)
	}
	return r, true, nil
}
