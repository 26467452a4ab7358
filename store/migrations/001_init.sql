-- The poller's position in each IMAP folder.
CREATE TABLE mailbox_cursors (
    mailbox      text PRIMARY KEY,
    uid_validity bigint NOT NULL,
    last_uid     bigint NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- One row per distinct email: the raw original, kept whatever happened to it.
CREATE TABLE messages (
    id           bigserial PRIMARY KEY,
    message_id   text NOT NULL,  -- Message-ID header, '' when absent
    content_hash bytea NOT NULL, -- SHA-256 of the body below the header block
    raw          bytea NOT NULL,
    size         integer NOT NULL,
    status       text NOT NULL CHECK (status IN ('drafted', 'rejected', 'failed')),
    reason       text NOT NULL DEFAULT '',
    received_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (message_id, content_hash)
);

-- Every place an email was read from (mailbox:uidvalidity:uid). A second
-- copy of the same email adds a source here, never a second message.
CREATE TABLE message_sources (
    source_key text PRIMARY KEY,
    message    bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seen_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_sources_message ON message_sources (message);

-- The article made from a message, for editors to review.
CREATE TABLE drafts (
    id         bigserial PRIMARY KEY,
    message    bigint NOT NULL UNIQUE REFERENCES messages (id) ON DELETE CASCADE,
    status     text NOT NULL DEFAULT 'draft'
               CHECK (status IN ('draft', 'approved', 'rejected', 'published')),
    kind       text NOT NULL,
    headline   text NOT NULL,
    doc        jsonb NOT NULL, -- the normaliser's output, as `newsdesk inspect` prints it
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX drafts_queue ON drafts (status, kind, created_at DESC);
