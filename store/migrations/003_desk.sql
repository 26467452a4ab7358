-- The editors' desk: review statuses, search, accounts, sessions, audit.

-- Review statuses shared by the desk and publishing ('draft' became 'new').
ALTER TABLE drafts DROP CONSTRAINT IF EXISTS drafts_status_check;
UPDATE drafts SET status = 'new' WHERE status = 'draft';
ALTER TABLE drafts ALTER COLUMN status SET DEFAULT 'new';
ALTER TABLE drafts ADD CONSTRAINT drafts_status_check
    CHECK (status IN ('new', 'in_review', 'approved', 'scheduled', 'published', 'rejected'));

-- Maps an ISO 639-1 code to the PostgreSQL text search configuration of
-- that language, 'simple' when PostgreSQL has none. IMMUTABLE so that a
-- generated column may use it; the built-in configurations never change.
CREATE FUNCTION newsdesk_regconfig(lang text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE lang
        WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque'
        WHEN 'ca' THEN 'catalan' WHEN 'da' THEN 'danish' WHEN 'nl' THEN 'dutch'
        WHEN 'en' THEN 'english' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french'
        WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'hi' THEN 'hindi'
        WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish'
        WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali'
        WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian' WHEN 'nn' THEN 'norwegian'
        WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian'
        WHEN 'sr' THEN 'serbian' WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish'
        WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish' WHEN 'yi' THEN 'yiddish'
        ELSE 'simple' END)::regconfig
$$;

-- Columns the queue filters on, kept in step with doc by a trigger so every
-- writer (the pipeline, the desk, publishing) gets them for free.
ALTER TABLE drafts
    ADD COLUMN version       integer NOT NULL DEFAULT 1,
    ADD COLUMN claimed_by    text,
    ADD COLUMN reason        text NOT NULL DEFAULT '',  -- why rejected
    ADD COLUMN language      text NOT NULL DEFAULT '',
    ADD COLUMN sender        text NOT NULL DEFAULT '',  -- lower-case address of From
    ADD COLUMN embargo_until timestamptz,
    ADD COLUMN search        tsvector GENERATED ALWAYS AS (
        to_tsvector(newsdesk_regconfig(language),
            coalesce(doc->>'headline', '') || ' ' || coalesce(doc->>'subheadline', '') || ' ' ||
            coalesce(doc->>'issuer', '') || ' ' || coalesce(doc->>'body_text', ''))) STORED;

-- Senders whose mail is never a release (an editor said "always").
CREATE TABLE sender_rules (
    sender     text PRIMARY KEY,
    kind       text NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION newsdesk_drafts_derive() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    f text := coalesce(NEW.doc->'source'->>'from', '');
BEGIN
    NEW.language := coalesce(NEW.doc->>'language', '');
    NEW.sender := lower(coalesce(substring(f from '<([^<>]+)>'), btrim(f)));
    NEW.embargo_until := (NEW.doc->>'embargo_until')::timestamptz;
    IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM sender_rules r WHERE r.sender = NEW.sender) THEN
        NEW.kind := (SELECT r.kind FROM sender_rules r WHERE r.sender = NEW.sender);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER drafts_derive BEFORE INSERT OR UPDATE OF doc ON drafts
    FOR EACH ROW EXECUTE FUNCTION newsdesk_drafts_derive();
UPDATE drafts SET doc = doc;

-- Every change to a draft is announced, so each desk replica's live view
-- hears about it whoever wrote it.
CREATE FUNCTION newsdesk_drafts_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_drafts',
        json_build_object('id', NEW.id, 'status', NEW.status, 'kind', NEW.kind, 'version', NEW.version)::text);
    RETURN NULL;
END $$;
CREATE TRIGGER drafts_notify AFTER INSERT OR UPDATE ON drafts
    FOR EACH ROW EXECUTE FUNCTION newsdesk_drafts_notify();

CREATE INDEX drafts_search ON drafts USING gin (search);
CREATE INDEX drafts_doc ON drafts USING gin (doc jsonb_path_ops);
CREATE INDEX drafts_tab ON drafts (kind, status, id DESC);
CREATE INDEX drafts_language ON drafts (language);
CREATE INDEX drafts_sender ON drafts (sender);
CREATE INDEX drafts_embargo ON drafts (embargo_until) WHERE embargo_until IS NOT NULL;
CREATE INDEX messages_status ON messages (status, id DESC) WHERE status <> 'drafted';

CREATE TABLE users (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    role          text NOT NULL CHECK (role IN ('editor', 'chief', 'admin')),
    password_hash text NOT NULL,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- API tokens: only the SHA-256 of the token is kept (tokens are 32 random
-- bytes, so a slow hash adds nothing).
CREATE TABLE api_tokens (
    id         bigserial PRIMARY KEY,
    name       text NOT NULL UNIQUE,
    role       text NOT NULL CHECK (role IN ('editor', 'chief', 'admin')),
    hash       bytea NOT NULL UNIQUE,
    disabled   boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_used  timestamptz
);

-- Failed logins, per account and per address, shared by every replica.
CREATE TABLE login_failures (
    key text NOT NULL,  -- 'user:NAME' or 'addr:IP'
    at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failures_key ON login_failures (key, at);

-- scs sessions (github.com/alexedwards/scs/pgxstore's schema).
CREATE TABLE sessions (
    token  text PRIMARY KEY,
    data   bytea NOT NULL,
    expiry timestamptz NOT NULL
);
CREATE INDEX sessions_expiry_idx ON sessions (expiry);

-- Who did what to which draft, and when. Append-only: a trigger refuses
-- updates and deletes.
CREATE TABLE audit (
    id     bigserial PRIMARY KEY,
    draft  bigint NOT NULL,
    actor  text NOT NULL,
    action text NOT NULL,
    detail jsonb NOT NULL DEFAULT '{}',
    at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_draft ON audit (draft, id);
CREATE FUNCTION newsdesk_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit is append-only';
END $$;
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_audit_append_only();

-- Tab counts kept by a trigger, so the queue's counts cost one small read
-- instead of a count over every draft.
CREATE FUNCTION newsdesk_draft_tab(kind text, status text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN kind = 'not_press_release' THEN 'not_release' ELSE status END
$$;
CREATE TABLE draft_counts (
    tab text PRIMARY KEY,
    n   bigint NOT NULL
);
INSERT INTO draft_counts SELECT newsdesk_draft_tab(kind, status), count(*) FROM drafts GROUP BY 1;
-- Statement-level with transition tables: a bulk insert updates each
-- tab's row once, not once per draft (which would pile up row versions).
CREATE FUNCTION newsdesk_draft_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE draft_counts c SET n = c.n - o.n
        FROM (SELECT newsdesk_draft_tab(kind, status) tab, count(*) n FROM old_rows GROUP BY 1) o
        WHERE c.tab = o.tab;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO draft_counts (tab, n)
        SELECT newsdesk_draft_tab(kind, status), count(*) FROM new_rows GROUP BY 1
        ON CONFLICT (tab) DO UPDATE SET n = draft_counts.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER drafts_counts_insert AFTER INSERT ON drafts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_draft_counts();
CREATE TRIGGER drafts_counts_update AFTER UPDATE ON drafts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_draft_counts();
CREATE TRIGGER drafts_counts_delete AFTER DELETE ON drafts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION newsdesk_draft_counts();
