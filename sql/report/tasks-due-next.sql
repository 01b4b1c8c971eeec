-- Tasks due in the next period (due dates next_start..next_end) that were not done by the end of this one
-- (see report_dated_task). Parameters: plan, last_month (YYYYMM), next_start, next_end (dates).
SELECT x.*
FROM dim_plan p
CROSS JOIN LATERAL report_dated_task(p.plan_key, :last_month) x
WHERE p.code = :plan AND x.due_date BETWEEN :next_start AND :next_end AND x.status NOT IN ('done_on_time', 'done_late')
ORDER BY x.due_date, x.number
