-- Workbooks waiting for approval (the month was locked when they arrived), for one month or (month null) all.
SELECT s.submission_key, s.inbox_folder, u.code AS unit_code, u.name AS unit_name, s.month_key, s.file_name,
       s.received_at, s.imported_at, s.stored_path
FROM fact_submission s
JOIN dim_unit u ON u.unit_key = s.unit_key
WHERE s.status = 'held' AND (CAST(:month AS integer) IS NULL OR s.month_key = CAST(:month AS integer))
ORDER BY s.month_key, u.code, s.received_at
