-- Submissions whose files reached the archive or the rejected folder.
UPDATE fact_submission SET moved_at = now() WHERE submission_key = ANY(:keys) AND moved_at IS NULL
