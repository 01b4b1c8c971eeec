-- The accepted, superseded and held workbooks of a chunk, one CSV record each (commons-csv's POSTGRESQL_CSV: an
-- unquoted empty field is NULL).
COPY fact_submission (submission_key, plan_key, unit_key, month_key, inbox_folder, file_name, file_hash, file_size,
                      received_at, on_time, status, superseded_by, template_version, prepared_by, phone, prepared_on,
                      job_execution_id, stored_path)
FROM STDIN (FORMAT csv)
