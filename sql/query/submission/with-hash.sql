-- Earlier submissions with the same content hash, oldest first.
SELECT submission_key, status, inbox_folder, file_name, stored_path, month_key
FROM fact_submission
WHERE file_hash = :hash
ORDER BY submission_key
