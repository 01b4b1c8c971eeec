-- The files one import run rejected, each with its errors in order (the caller keeps the first few).
SELECT s.submission_key, s.inbox_folder, s.file_name, s.stored_path, e.seq, e.sheet, e.cell, e.value, e.rule, e.message
FROM fact_submission s
JOIN submission_error e ON e.submission_key = s.submission_key
WHERE s.job_execution_id = :job AND s.status = 'rejected'
ORDER BY s.inbox_folder, s.file_name, s.submission_key, e.seq
