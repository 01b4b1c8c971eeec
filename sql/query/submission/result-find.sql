-- One recorded workbook as its result page shows it, with who uploaded it when it came through the portal.
SELECT s.submission_key, s.inbox_folder, u.code AS unit_code, u.name AS unit_name, s.month_key, s.file_name,
       s.received_at, s.on_time, s.status, s.duplicate_of, s.superseded_by, s.error_count, s.stored_path,
       w.login AS uploaded_by, w.on_behalf, w.original_name
FROM fact_submission s
LEFT JOIN dim_unit u ON u.unit_key = s.unit_key
LEFT JOIN web_upload w ON w.unit_code = s.inbox_folder AND w.inbox_name = s.file_name
WHERE s.submission_key = :key
