-- Tasks whose status changed during the month: status at the end of the previous month (prev_last) against the
-- end of this one (last_month). Parameters: plan, last_month, prev_last (YYYYMM).
SELECT t.number, t.content, coalesce(l.names, '') AS leads, t.deadline_text,
       report_task_status_label(b.status) AS before_label, report_task_status_label(a.status) AS after_label,
       a.completed_on
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN report_task_status(p.plan_key, :last_month) a ON a.task_key = t.task_key
JOIN report_task_status(p.plan_key, :prev_last) b ON b.task_key = t.task_key
LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
WHERE p.code = :plan AND a.status <> b.status
ORDER BY t.number
