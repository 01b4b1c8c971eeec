-- Submissions recorded with a place for their file but whose move there was not marked done.
SELECT submission_key, stored_path FROM fact_submission WHERE moved_at IS NULL AND stored_path IS NOT NULL
