-- One upload and the latest submission the import recorded for its file (null: not imported yet).
SELECT w.upload_key, w.uploaded_at, w.login, w.unit_code, w.on_behalf, w.original_name, w.inbox_name, w.file_size,
       (SELECT max(s.submission_key) FROM fact_submission s
        WHERE s.inbox_folder = w.unit_code AND s.file_name = w.inbox_name) AS submission_key
FROM web_upload w
WHERE w.upload_key = :key
