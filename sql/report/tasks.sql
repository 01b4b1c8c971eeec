-- The task table: every task of the plan by group with its lead units as the plan names them, its deadline, its
-- status at the end of the period (see report_task_status) and what its cooperating units did over the period: of
-- the units the plan names to cooperate, how many reported it in progress or done, and how many wrote a result.
-- What each unit did over the period is report_period_task's (period-tasks-fill.sql), which the fill builds first on
-- its connection. Parameters: plan, first_month, last_month (YYYYMM).
WITH coop AS (
    SELECT tu.task_key, tu.unit_key
    FROM dim_plan p JOIN v_task_unit tu ON tu.plan_key = p.plan_key AND NOT tu.is_lead
    WHERE p.code = :plan
), cooperation AS (
    SELECT c.task_key, count(*) AS cooperating, count(r.unit_key) FILTER (WHERE r.active) AS active,
           count(r.unit_key) FILTER (WHERE r.wrote) AS with_result
    FROM coop c LEFT JOIN report_period_task r ON r.task_key = c.task_key AND r.unit_key = c.unit_key
    GROUP BY c.task_key
)
SELECT g.seq AS group_seq, g.code AS group_code, g.name AS group_name, t.number, t.content,
       coalesce(l.names, '') AS leads, t.deadline_text, t.deadline_kind, t.due_date,
       s.status, report_task_status_label(s.status) AS status_label, s.completed_on,
       CASE s.status WHEN 'done_on_time' THEN 'Đúng hạn' WHEN 'done_late' THEN 'Trễ hạn' END AS timeliness,
       CASE WHEN co.task_key IS NULL THEN ''
            ELSE report_number(co.active) || '/' || report_number(co.cooperating) || ' đơn vị tham gia; '
                 || report_number(co.with_result) || ' đơn vị có kết quả' END
           AS cooperation_text
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN dim_task_group g ON g.task_group_key = t.task_group_key
JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
LEFT JOIN v_report_task_leads l ON l.task_key = t.task_key
LEFT JOIN cooperation co ON co.task_key = t.task_key
WHERE p.code = :plan
ORDER BY g.seq, t.number
