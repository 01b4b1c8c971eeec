-- Reporting state of every unit that should report for a month under a plan, by the reports' own definition
-- (report_unit_month: the first accepted workbook decides on time or late; none by the due date is missing, none
-- before it not yet due), with the file and, for units whose workbooks were all rejected so far, the first reason
-- (the plan's rejections of the month: report_plan_rejections);
-- held: none loaded yet, one waiting for approval because the month is locked. submission_key: the workbook shown.
-- Parameters: plan, month (YYYYMM), today (the date "missing" is judged on).
WITH plan AS (SELECT plan_key FROM dim_plan WHERE code = :plan),
     unit_month AS (SELECT x.* FROM plan, report_unit_month(plan.plan_key, :month, :month, :today) x),
     first_arrival AS (
         SELECT DISTINCT ON (s.unit_key) s.unit_key, s.received_at
         FROM fact_submission s JOIN plan USING (plan_key)
         WHERE s.month_key = :month AND s.status IN ('accepted', 'superseded')
         ORDER BY s.unit_key, s.received_at),
     last_held AS (
         SELECT DISTINCT ON (s.unit_key) s.unit_key, s.submission_key, s.file_name, s.received_at
         FROM fact_submission s JOIN plan USING (plan_key)
         WHERE s.month_key = :month AND s.status = 'held'
         ORDER BY s.unit_key, s.received_at DESC),
     last_rejection AS (
         SELECT DISTINCT ON (s.unit_key) s.unit_key, s.submission_key, s.file_name, s.received_at, e.sheet, e.cell, e.message
         FROM plan
         CROSS JOIN LATERAL report_plan_rejections(plan.plan_key, :month, :month) s
         JOIN submission_error e ON e.submission_key = s.submission_key AND e.seq = 1
         ORDER BY s.unit_key, s.received_at DESC)
SELECT u.code, u.name,
       CASE WHEN x.status IN ('on_time', 'late') THEN x.status
            WHEN h.unit_key IS NOT NULL THEN 'held'
            WHEN r.unit_key IS NOT NULL THEN 'rejected'
            ELSE x.status END AS state,
       CASE WHEN x.status IN ('on_time', 'late') THEN x.submission_key
            ELSE coalesce(h.submission_key, r.submission_key) END AS submission_key,
       CASE WHEN x.status IN ('on_time', 'late') THEN f.received_at ELSE coalesce(h.received_at, r.received_at) END AS received_at,
       CASE WHEN x.status IN ('on_time', 'late') THEN x.file_name ELSE coalesce(h.file_name, r.file_name) END AS file_name,
       r.sheet, r.cell, r.message,
       x.report_due_date AS due_date
FROM unit_month x
JOIN dim_unit u ON u.unit_key = x.unit_key
LEFT JOIN first_arrival f ON f.unit_key = x.unit_key
LEFT JOIN last_held h ON h.unit_key = x.unit_key AND x.status NOT IN ('on_time', 'late')
LEFT JOIN last_rejection r ON r.unit_key = x.unit_key AND x.status NOT IN ('on_time', 'late') AND h.unit_key IS NULL
ORDER BY CASE WHEN x.status = 'on_time' THEN 4 WHEN x.status = 'late' THEN 3 WHEN h.unit_key IS NOT NULL THEN 2
              WHEN r.unit_key IS NOT NULL THEN 1 ELSE 0 END,
         u.code
