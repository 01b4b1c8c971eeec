-- Tasks due in the next period (due dates next_start..next_end) that were not done by the end of this one.
-- Parameters: plan, last_month (YYYYMM), next_start, next_end (dates).
SELECT t.number, t.content, coalesce(l.names, '') AS leads, t.deadline_text, t.due_date,
       report_task_status_label(s.status) AS status_label
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
WHERE p.code = :plan AND t.due_date BETWEEN :next_start AND :next_end
  AND s.status NOT IN ('done_on_time', 'done_late')
ORDER BY t.due_date, t.number
