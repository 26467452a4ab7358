-- Processing attempts of a queued email not yet stored: a worker records
-- each start here, in a transaction of its own, so an email that kills its
-- worker (or that the database keeps refusing) is stored as failed after
-- NEWSDESK_MAX_ATTEMPTS instead of looping. Deleted when the email is stored.
CREATE TABLE IF NOT EXISTS message_attempts (
    source_key text PRIMARY KEY,
    attempts   integer NOT NULL,
    last_error text NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Fields of a draft's doc an editor changed (JSON keys, e.g. 'headline'):
-- `newsdesk reprocess` never overwrites them. The desk sets it on edit.
ALTER TABLE drafts ADD COLUMN IF NOT EXISTS edited_fields text[] NOT NULL DEFAULT '{}';

-- Where an interrupted `newsdesk reprocess` run goes on from.
CREATE TABLE IF NOT EXISTS reprocess_checkpoints (
    name       text PRIMARY KEY,
    last_draft bigint NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
