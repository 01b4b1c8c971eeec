-- Task status by group at the end of the period (see report_task_status), with a total row.
-- Parameters: plan, last_month (YYYYMM).
SELECT CASE WHEN grouping(g.seq) = 1 THEN 99 ELSE g.seq END AS seq,
       CASE WHEN grouping(g.seq) = 1 THEN '' ELSE g.code END AS code,
       CASE WHEN grouping(g.seq) = 1 THEN 'Tổng cộng' ELSE g.name END AS name,
       count(*)::integer AS total,
       count(*) FILTER (WHERE s.status = 'done_on_time')::integer AS done_on_time,
       count(*) FILTER (WHERE s.status = 'done_late')::integer AS done_late,
       count(*) FILTER (WHERE s.status = 'in_progress')::integer AS in_progress,
       count(*) FILTER (WHERE s.status = 'ongoing')::integer AS ongoing,
       count(*) FILTER (WHERE s.status = 'not_due')::integer AS not_due,
       count(*) FILTER (WHERE s.status = 'not_started')::integer AS not_started,
       count(*) FILTER (WHERE s.status = 'waiting')::integer AS waiting,
       count(*) FILTER (WHERE s.status = 'overdue')::integer AS overdue
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN dim_task_group g ON g.task_group_key = t.task_group_key
JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
WHERE p.code = :plan
GROUP BY GROUPING SETS ((g.seq, g.code, g.name), ())
ORDER BY 1
