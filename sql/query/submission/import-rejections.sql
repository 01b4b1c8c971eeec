-- The files one import rejected (over every run of its job instance, see import-summary.sql), each with its errors
-- in order (the caller keeps the first few).
SELECT s.submission_key, s.inbox_folder, s.file_name, s.stored_path, e.seq, e.sheet, e.cell, e.value, e.rule, e.message
FROM fact_submission s
JOIN submission_error e ON e.submission_key = s.submission_key
WHERE s.job_execution_id IN (SELECT r.job_execution_id
                             FROM batch_job_execution r
                             WHERE r.job_instance_id = (SELECT job_instance_id FROM batch_job_execution
                                                        WHERE job_execution_id = :job))
  AND s.status = 'rejected'
ORDER BY s.inbox_folder, s.file_name, s.submission_key, e.seq
