-- The latest workbooks recorded from one inbox folder (a unit's), or (folder null) from every folder.
SELECT s.submission_key, s.inbox_folder, u.code AS unit_code, u.name AS unit_name, s.month_key, s.file_name,
       s.received_at, s.on_time, s.status, s.duplicate_of, s.superseded_by, s.error_count, s.stored_path,
       w.login AS uploaded_by, w.on_behalf, w.original_name
FROM fact_submission s
LEFT JOIN dim_unit u ON u.unit_key = s.unit_key
LEFT JOIN web_upload w ON w.unit_code = s.inbox_folder AND w.inbox_name = s.file_name
WHERE CAST(:folder AS text) IS NULL OR s.inbox_folder = CAST(:folder AS text)
ORDER BY s.submission_key DESC
LIMIT :limit
