-- Tasks due in the next period (due dates next_start..next_end) that were not done by the end of this one, with
-- their lead units as the plan names them and those that have not finished their part.
-- Parameters: plan, last_month (YYYYMM), next_start, next_end (dates).
SELECT t.number, t.content, coalesce(l.names, '') AS leads, t.deadline_text, t.due_date,
       report_date_text(t.due_date) AS due_text,
       report_task_status_label(s.status) AS status_label,
       (SELECT string_agg(report_unit_label(u.kind, u.name), '; ' ORDER BY u.kind IN ('commune', 'town'), u.code)
        FROM report_task_lead(p.plan_key, :last_month) x
        JOIN dim_unit u ON u.unit_key = x.unit_key
        WHERE x.task_key = t.task_key AND NOT x.finished) AS unfinished_leads
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
WHERE p.code = :plan AND t.due_date BETWEEN :next_start AND :next_end
  AND s.status NOT IN ('done_on_time', 'done_late')
ORDER BY t.due_date, t.number
