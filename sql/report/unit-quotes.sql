-- Difficulties (kind 'difficulty') or proposals (kind 'proposal') as units wrote them in their current workbooks of
-- the period, quoted with the unit, task and months; the same text repeated over months is quoted once.
-- Parameters: plan, first_month, last_month (YYYYMM), kind.
SELECT u.name AS unit_name, t.number AS task_number, q.text,
       string_agg(m.label, ', ' ORDER BY m.month_key) AS months
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN v_current_task_progress f ON f.task_key = t.task_key
JOIN dim_unit u ON u.unit_key = f.unit_key
JOIN dim_month m ON m.month_key = f.month_key
CROSS JOIN LATERAL (VALUES ('difficulty', btrim(f.difficulties)), ('proposal', btrim(f.proposals))) AS q(kind, text)
WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
  AND q.kind = :kind AND q.text <> ''
GROUP BY u.name, u.kind, u.code, t.number, q.text
ORDER BY u.kind IN ('commune', 'town'), u.code, t.number, min(m.month_key)
