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
