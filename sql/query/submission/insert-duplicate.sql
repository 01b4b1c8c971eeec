-- A file with the same content as a submission already loaded (original): recorded against the original's plan,
-- unit and month, without facts of its own.
INSERT INTO fact_submission (submission_key, plan_key, unit_key, month_key, inbox_folder, file_name, file_hash,
                             file_size, received_at, on_time, status, duplicate_of, job_execution_id, stored_path)
SELECT :key, plan_key, unit_key, month_key, :folder, :name, :hash, :size, :received, :onTime,
       'duplicate', submission_key, :job, :stored
FROM fact_submission
WHERE submission_key = :original
