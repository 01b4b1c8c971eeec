-- Earlier submissions with any of a chunk's content hashes, oldest first. The hashes arrive as a text array and are
-- cast to the column's type: compared as text, every submission's hash was cast instead and the index went unused
-- (a scan of the whole table for each chunk of the import).
SELECT file_hash, submission_key, status
FROM fact_submission
WHERE file_hash = ANY(CAST(:hashes AS char(64)[]))
ORDER BY submission_key
