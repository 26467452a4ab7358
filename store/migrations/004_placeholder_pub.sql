-- Placeholder on branch pub only: tern refuses gaps in migration numbers, and
-- other branches own number 004. The integrator deletes this file on merge.
SELECT 1;
