-- The month a submission reports.
SELECT month_key FROM fact_submission WHERE submission_key = :key
