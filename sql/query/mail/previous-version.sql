-- The workbook a newly accepted one replaced for the same unit and month (superseded by it), if any.
SELECT submission_key FROM fact_submission WHERE superseded_by = :key ORDER BY received_at DESC LIMIT 1
