-- Tasks whose due date was reached by the end of the period without being done, with their lead units.
-- Parameters: plan, last_month (YYYYMM).
SELECT t.number, t.content, coalesce(l.names, '') AS leads, t.deadline_text, t.due_date,
       report_task_status_label(s.status) AS status_label
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
WHERE p.code = :plan AND s.status = 'overdue'
ORDER BY t.due_date, t.number
