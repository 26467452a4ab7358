-- An over-size email is stored as its header block; its complete bytes stay
-- in the queue's object store under this name ('' when raw is complete).
ALTER TABLE messages ADD COLUMN IF NOT EXISTS raw_object text NOT NULL DEFAULT '';
