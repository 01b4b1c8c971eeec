-- A workbook that was held, whatever became of it since (to finish the file move of a decision on it).
SELECT s.submission_key, s.inbox_folder, u.code AS unit_code, u.name AS unit_name, s.month_key, s.file_name,
       s.received_at, s.imported_at, s.stored_path
FROM fact_submission s
JOIN dim_unit u ON u.unit_key = s.unit_key
WHERE s.submission_key = :key
