-- A correction is urgent while an editor has still to handle it (a release,
-- new or in review) and the draft it revises is approved, scheduled or
-- published. It is read from both drafts' statuses as they are now, not
-- stored when the correction is saved: a stored flag missed an approval
-- made while the correction was being saved (approving takes no story
-- lock) or after it, and stayed set once the correction was handled.
-- The old column stays, unread and false by default, so that workers of
-- the previous release, which still write it, keep saving during a
-- rolling upgrade; only its index goes.
DROP INDEX IF EXISTS draft_revisions_urgent;

CREATE VIEW urgent_revisions AS
    SELECT r.draft, r.previous
    FROM draft_revisions r
    JOIN drafts d ON d.id = r.draft
    JOIN drafts p ON p.id = r.previous
    WHERE d.kind = 'press_release' AND d.status IN ('new', 'in_review')
      AND p.status IN ('approved', 'scheduled', 'published');
