-- Indexes no query reads, each one more entry to write per draft or tag.
-- drafts_queue (status, kind, created_at): the queue filters on kind and
-- status and pages by id, which drafts_tab serves; nothing orders drafts
-- of a status by created_at.
DROP INDEX IF EXISTS drafts_queue;
-- draft_topics_code (code): topics are read by draft (the primary key);
-- the desk's topic filter reads drafts.doc through drafts_doc.
DROP INDEX IF EXISTS draft_topics_code;
