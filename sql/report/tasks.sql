-- The task table: every task of the plan by group with its lead units as the plan names them, its deadline and its
-- status at the end of the period (see report_task_status). Parameters: plan, last_month (YYYYMM).
SELECT g.seq AS group_seq, g.code AS group_code, g.name AS group_name, t.number, t.content,
       coalesce(l.names, '') AS leads, t.deadline_text, t.deadline_kind, t.due_date,
       s.status, report_task_status_label(s.status) AS status_label, s.completed_on,
       CASE s.status WHEN 'done_on_time' THEN 'Đúng hạn' WHEN 'done_late' THEN 'Trễ hạn' END AS timeliness
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN dim_task_group g ON g.task_group_key = t.task_group_key
JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
WHERE p.code = :plan
ORDER BY g.seq, t.number
