-- Publishing: stories and their versions, the embargo schedule, the
-- transactional outbox with its webhook deliveries, audit and alerts.

-- The review statuses shared by the desk and publishing. The desk's own
-- migration does the same; doing it here too keeps either order correct.
ALTER TABLE drafts DROP CONSTRAINT IF EXISTS drafts_status_check;
UPDATE drafts SET status = 'new' WHERE status = 'draft';
ALTER TABLE drafts ALTER COLUMN status SET DEFAULT 'new';
ALTER TABLE drafts ADD CONSTRAINT drafts_status_check
    CHECK (status IN ('new', 'in_review', 'approved', 'scheduled', 'published', 'rejected'));

-- One row per story: the uri stays the same across corrections.
CREATE TABLE stories (
    id            bigserial PRIMARY KEY,
    uri           text NOT NULL UNIQUE,
    status        text NOT NULL CHECK (status IN ('scheduled', 'usable', 'canceled')),
    version       integer NOT NULL DEFAULT 0, -- last published version, 0 before the first
    embargo_until timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Every draft that belongs to a story: the first one and its revisions.
CREATE TABLE story_drafts (
    draft bigint PRIMARY KEY REFERENCES drafts (id),
    story bigint NOT NULL REFERENCES stories (id)
);
CREATE INDEX story_drafts_story ON story_drafts (story);

-- Serialises the commit order of publishing transactions, so readers that
-- page by seq never skip a row committed later with a smaller number.
CREATE TABLE publish_counter (
    id   integer PRIMARY KEY CHECK (id = 1),
    last bigint NOT NULL
);
INSERT INTO publish_counter VALUES (1, 0) ON CONFLICT DO NOTHING;

-- Each published version as the ninjs document that went out.
CREATE TABLE story_versions (
    story      bigint NOT NULL REFERENCES stories (id),
    version    integer NOT NULL,
    seq        bigint NOT NULL UNIQUE,
    draft      bigint NOT NULL REFERENCES drafts (id),
    pubstatus  text NOT NULL CHECK (pubstatus IN ('usable', 'canceled')),
    top_topics text[] NOT NULL DEFAULT '{}', -- top-level Media Topic codes, for per-topic feeds
    doc        jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (story, version)
);

-- Stories waiting for their embargo to lift. Replicas claim due rows with
-- FOR UPDATE SKIP LOCKED; publishing deletes the row in the same
-- transaction, so a crash publishes nothing or everything, once.
CREATE TABLE publish_schedule (
    story    bigint PRIMARY KEY REFERENCES stories (id),
    draft    bigint NOT NULL REFERENCES drafts (id),
    due_at   timestamptz NOT NULL,
    actor    text NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX publish_schedule_due ON publish_schedule (due_at);

CREATE FUNCTION publish_schedule_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_schedule', '');
    RETURN NULL;
END $$;
CREATE TRIGGER publish_schedule_changed AFTER INSERT OR UPDATE OR DELETE ON publish_schedule
    FOR EACH STATEMENT EXECUTE FUNCTION publish_schedule_notify();

-- Partner endpoints. The secret is kept to sign; it is shown once, when made.
CREATE TABLE webhook_endpoints (
    id              bigserial PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    url             text NOT NULL,
    secret          text NOT NULL,
    enabled         boolean NOT NULL DEFAULT true,
    failures        integer NOT NULL DEFAULT 0, -- consecutive failed attempts
    failing_since   timestamptz,                -- first of those failures
    disabled_reason text NOT NULL DEFAULT '',
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- The outbox: every event, with the exact body each send repeats.
CREATE TABLE outbox_events (
    id         text PRIMARY KEY, -- webhook-id and Nats-Msg-Id
    type       text NOT NULL,
    story      bigint NOT NULL REFERENCES stories (id),
    version    integer NOT NULL,
    body       bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outbox_events_story ON outbox_events (story, version);

-- One row per event and destination: NATS, or a webhook endpoint.
CREATE TABLE deliveries (
    id              bigserial PRIMARY KEY,
    event           text NOT NULL REFERENCES outbox_events (id),
    endpoint        bigint REFERENCES webhook_endpoints (id), -- NULL: NATS
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'dead')),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text NOT NULL DEFAULT '',
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX deliveries_target ON deliveries (event, COALESCE(endpoint, 0));
CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';

CREATE FUNCTION deliveries_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('newsdesk_outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER deliveries_added AFTER INSERT ON deliveries
    FOR EACH STATEMENT EXECUTE FUNCTION deliveries_notify();

-- The delivery log the desk shows: one row per attempt.
CREATE TABLE delivery_attempts (
    id          bigserial PRIMARY KEY,
    delivery    bigint NOT NULL REFERENCES deliveries (id),
    attempt     integer NOT NULL,
    status_code integer NOT NULL DEFAULT 0,
    error       text NOT NULL DEFAULT '',
    duration_ms integer NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX delivery_attempts_delivery ON delivery_attempts (delivery);

-- Who approved, published, overrode an embargo, corrected or unpublished.
-- Append-only: the trigger refuses changes, even from the application.
CREATE TABLE publish_audit (
    id     bigserial PRIMARY KEY,
    at     timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor  text NOT NULL,
    action text NOT NULL,
    draft  bigint,
    story  bigint,
    reason text NOT NULL DEFAULT '',
    detail jsonb NOT NULL DEFAULT '{}'
);
CREATE FUNCTION publish_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'publish_audit is append-only';
END $$;
CREATE TRIGGER publish_audit_frozen BEFORE UPDATE OR DELETE ON publish_audit
    FOR EACH ROW EXECUTE FUNCTION publish_audit_append_only();

-- What the desk must look at: changed embargoes, disabled endpoints.
CREATE TABLE publish_alerts (
    id              bigserial PRIMARY KEY,
    at              timestamptz NOT NULL DEFAULT now(),
    kind            text NOT NULL,
    story           bigint,
    endpoint        bigint,
    message         text NOT NULL,
    acknowledged_at timestamptz
);
