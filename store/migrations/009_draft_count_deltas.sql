-- Tab counts as deltas: each statement on drafts inserts one row per tab
-- it changed (+n or -n) and the reader sums them. Updating one row per tab
-- held that row from a saving transaction's first draft to its commit, so
-- batches storing drafts had to take turns on a global lock (or deadlock,
-- two batches taking the same tab rows in opposite orders). Inserts never
-- wait on each other. store.SaveMessages folds the committed deltas into
-- one row per tab at the end of each batch, skipping rows that another
-- transaction is folding, so the table stays a few rows per tab.
ALTER TABLE draft_counts DROP CONSTRAINT IF EXISTS draft_counts_pkey;

CREATE OR REPLACE FUNCTION newsdesk_draft_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO draft_counts (tab, n)
        SELECT newsdesk_draft_tab(kind, status), count(*) FROM new_rows GROUP BY 1;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO draft_counts (tab, n)
        SELECT newsdesk_draft_tab(kind, status), -count(*) FROM old_rows GROUP BY 1;
    ELSE
        -- An edit that leaves a draft in its tab writes nothing.
        INSERT INTO draft_counts (tab, n)
        SELECT tab, sum(n) FROM (
            SELECT newsdesk_draft_tab(kind, status) AS tab, -1 AS n FROM old_rows
            UNION ALL
            SELECT newsdesk_draft_tab(kind, status), 1 FROM new_rows) c
        GROUP BY tab HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$;
