-- Difficulties (kind 'difficulty') or proposals (kind 'proposal') that units wrote in their current workbooks of
-- the period, grouped by theme (report_theme) and, for proposals, by whom they address: the level above the plan's
-- unit ('province': the text names the province (for a district's plan), the central level or a ministry) or the
-- plan's own unit ('district': all others, "Đề nghị huyện ..."; difficulties are all 'district'). One row per group with how many units raised it and
-- how many times, and the line a review prints for it; the quotes themselves are in the appendix (unit-quotes.sql).
-- Parameters: plan, first_month, last_month (YYYYMM), kind.
WITH written AS (
    SELECT regexp_replace(q.text, '\s+', ' ', 'g') AS text, f.unit_key, pu.kind AS plan_unit_kind
    FROM dim_plan p
    LEFT JOIN dim_unit pu ON pu.unit_key = p.district_unit_key
    JOIN dim_task t ON t.plan_key = p.plan_key
    JOIN v_current_task_progress f ON f.task_key = t.task_key
    CROSS JOIN LATERAL (VALUES ('difficulty', btrim(f.difficulties)), ('proposal', btrim(f.proposals))) AS q(kind, text)
    WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
      -- Stated as the index ix_task_progress_written is (V13): only rows with either text are read.
      AND (f.difficulties IS NOT NULL OR f.proposals IS NOT NULL)
      AND q.kind = :kind AND q.text <> ''
), text_theme AS (
    -- Each distinct text matched against the themes once, however many units and months wrote it.
    SELECT x.text, th.seq, CASE WHEN :kind = 'proposal' THEN th.request ELSE th.problem END AS theme, th.cause,
           CASE WHEN :kind = 'proposal'
                     AND x.text ~* ((CASE WHEN x.plan_unit_kind = 'province' THEN '(' ELSE '(tỉnh|' END)
                                    || 'trung ương|chính phủ|\mbộ (công an|thông tin|tài chính|nội vụ|y tế|tư pháp)|cục c06)')
                THEN 'province' ELSE 'district' END AS addressee
    FROM (SELECT DISTINCT text, plan_unit_kind FROM written) x
    CROSS JOIN LATERAL report_theme(x.text) th
), themed AS (
    SELECT w.text, w.unit_key, t.seq, t.theme, t.cause, t.addressee
    FROM written w
    JOIN text_theme t ON t.text = w.text
)
SELECT addressee, cause, seq, theme,
       count(DISTINCT unit_key)::integer AS units, count(*)::integer AS times, count(DISTINCT text)::integer AS texts,
       '- ' || theme || ': ' || report_number(count(DISTINCT unit_key)) || ' đơn vị nêu, ' || report_number(count(*)) || ' lượt.' AS line
FROM themed
GROUP BY addressee, cause, seq, theme
ORDER BY addressee DESC, cause, count(DISTINCT unit_key) DESC, count(*) DESC, seq
