-- The submission the import recorded for a file it found in the inbox under this name with this content: the
-- latest, should a held workbook have been released and recorded again.
SELECT submission_key FROM fact_submission
WHERE file_name = :name AND file_hash = :hash
ORDER BY submission_key DESC
LIMIT 1
