-- Difficulties (kind 'difficulty') or proposals (kind 'proposal') as units wrote them in their current workbooks of
-- the period. Each distinct text (runs of spaces and line breaks read as one space) is quoted once, with every place
-- it was written: each unit, and for each unit the tasks and months, e.g.
--   "Phòng Tư pháp (nhiệm vụ 6, tháng 06/2024; nhiệm vụ 9, tháng 02/2024, 04/2024); Xã Phước Lộc (nhiệm vụ 1, tháng 06/2024)".
-- A monthly report names the tasks only, every text being of its month. Units are listed as in the other unit tables
-- (district offices, then communes and towns, by code). Texts raised by more units come first, then those written
-- more often, then the earliest. A text written by more than "quoted" units names the first of them and counts the
-- others (a plan with thousands of units would otherwise quote a page of places for one sentence).
-- Parameters: plan, first_month, last_month (YYYYMM), kind, quoted.
WITH written AS (
    SELECT regexp_replace(q.text, '\s+', ' ', 'g') AS text, u.unit_key, report_unit_label(u.kind, u.name) AS unit_name,
           u.kind IN ('commune', 'town', 'ward') AS is_commune, u.code AS unit_code, t.number AS task_number,
           f.month_key, m.label AS month_label
    FROM dim_plan p
    JOIN dim_task t ON t.plan_key = p.plan_key
    JOIN v_current_task_progress f ON f.task_key = t.task_key
    JOIN dim_unit u ON u.unit_key = f.unit_key
    JOIN dim_month m ON m.month_key = f.month_key
    CROSS JOIN LATERAL (VALUES ('difficulty', btrim(f.difficulties)), ('proposal', btrim(f.proposals))) AS q(kind, text)
    WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
      -- Stated as the index ix_task_progress_written is (V13): only rows with either text are read.
      AND (f.difficulties IS NOT NULL OR f.proposals IS NOT NULL)
      AND q.kind = :kind AND q.text <> ''
), unit_task AS (
    SELECT w.text, w.unit_key, w.task_number,
           'nhiệm vụ ' || w.task_number || CASE WHEN :first_month = :last_month THEN ''
               ELSE ', tháng ' || string_agg(w.month_label, ', ' ORDER BY w.month_key) END AS source,
           count(*) AS times, min(w.month_key) AS first_month
    FROM written w
    GROUP BY w.text, w.unit_key, w.task_number
), unit AS (
    SELECT w.text, w.unit_key, w.is_commune, w.unit_code,
           w.unit_name || ' (' || string_agg(x.source, '; ' ORDER BY x.task_number) || ')' AS source,
           sum(x.times) AS times, min(x.first_month) AS first_month
    FROM (SELECT DISTINCT text, unit_key, unit_name, is_commune, unit_code FROM written) w
    JOIN unit_task x ON x.text = w.text AND x.unit_key = w.unit_key
    GROUP BY w.text, w.unit_key, w.unit_name, w.is_commune, w.unit_code
), placed AS (
    SELECT u.*, row_number() OVER (PARTITION BY u.text ORDER BY u.is_commune, u.unit_code, u.unit_key) AS position
    FROM unit u
)
SELECT u.text,
       count(*)::integer AS units,
       sum(u.times)::integer AS times,
       string_agg(u.source, '; ' ORDER BY u.position) FILTER (WHERE u.position <= :quoted)
           || CASE WHEN count(*) > :quoted THEN '; và ' || report_number(count(*) - :quoted) || ' đơn vị khác' ELSE '' END AS sources
FROM placed u
GROUP BY u.text
ORDER BY count(*) DESC, sum(u.times) DESC, min(u.first_month), u.text
