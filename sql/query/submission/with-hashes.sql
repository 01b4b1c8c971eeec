-- Earlier submissions with any of a chunk's content hashes, oldest first.
SELECT file_hash, submission_key, status
FROM fact_submission
WHERE file_hash = ANY(:hashes)
ORDER BY submission_key
