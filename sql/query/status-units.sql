-- Reporting state of every unit that should report for a month under a plan (it has a task or an indicator):
-- on_time / late (its current workbook), held (none loaded, one waiting for approval: the month is locked),
-- rejected (only rejected workbooks so far, with the first reason), missing. submission_key: the workbook shown.
WITH plan AS (SELECT plan_key FROM dim_plan WHERE code = :plan),
     m AS (SELECT * FROM dim_month WHERE month_key = :month),
     expected AS (
         SELECT DISTINCT e.unit_key
         FROM (SELECT tu.unit_key FROM v_task_unit tu JOIN plan USING (plan_key)
               UNION
               SELECT iu.unit_key FROM v_indicator_unit iu JOIN plan USING (plan_key)) e
         JOIN dim_unit u USING (unit_key), m
         WHERE u.valid_from <= m.last_day AND (u.valid_to IS NULL OR u.valid_to >= m.first_day)),
     current_submission AS (
         SELECT s.unit_key, s.submission_key, s.file_name, s.received_at, s.on_time
         FROM fact_submission s WHERE s.month_key = :month AND s.status = 'accepted'),
     last_held AS (
         SELECT DISTINCT ON (s.unit_key) s.unit_key, s.submission_key, s.file_name, s.received_at
         FROM fact_submission s WHERE s.month_key = :month AND s.status = 'held'
         ORDER BY s.unit_key, s.received_at DESC),
     last_rejection AS (
         SELECT DISTINCT ON (s.unit_key) s.unit_key, s.submission_key, s.file_name, s.received_at, e.sheet, e.cell, e.message
         FROM fact_submission s
         JOIN submission_error e ON e.submission_key = s.submission_key AND e.seq = 1, m
         WHERE s.status = 'rejected'
           AND (s.month_key = :month
                OR (s.month_key IS NULL AND s.received_at >= m.first_day AND s.received_at < m.report_due_date + 31))
         ORDER BY s.unit_key, s.received_at DESC)
SELECT u.code, u.name,
       CASE WHEN c.unit_key IS NOT NULL THEN CASE WHEN c.on_time THEN 'on_time' ELSE 'late' END
            WHEN h.unit_key IS NOT NULL THEN 'held'
            WHEN r.unit_key IS NOT NULL THEN 'rejected'
            ELSE 'missing' END AS state,
       coalesce(c.submission_key, h.submission_key, r.submission_key) AS submission_key,
       coalesce(c.received_at, h.received_at, r.received_at)          AS received_at,
       coalesce(c.file_name, h.file_name, r.file_name)                AS file_name,
       r.sheet, r.cell, r.message,
       (SELECT report_due_date FROM m)        AS due_date
FROM expected x
JOIN dim_unit u USING (unit_key)
LEFT JOIN current_submission c USING (unit_key)
LEFT JOIN last_held h USING (unit_key)
LEFT JOIN last_rejection r USING (unit_key)
ORDER BY CASE WHEN c.unit_key IS NOT NULL THEN CASE WHEN c.on_time THEN 4 ELSE 3 END
              WHEN h.unit_key IS NOT NULL THEN 2
              WHEN r.unit_key IS NOT NULL THEN 1 ELSE 0 END, u.code
