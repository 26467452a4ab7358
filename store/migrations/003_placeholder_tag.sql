-- Placeholder so this branch's migrations stay contiguous (tern refuses gaps); the desk's 003 replaces it at merge.
SELECT 1;
