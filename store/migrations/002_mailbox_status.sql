-- What each poller last reported, for `newsdesk stats` and ops.
CREATE TABLE mailbox_status (
    mailbox       text PRIMARY KEY,
    state         text NOT NULL,          -- connecting, idle, polling, fetching, waiting-for-lock, error
    uid_next      bigint NOT NULL DEFAULT 0,
    last_fetch_at timestamptz,
    last_error    text NOT NULL DEFAULT '',
    last_error_at timestamptz,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
