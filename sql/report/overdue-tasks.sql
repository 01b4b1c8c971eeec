-- Tasks whose due date was reached by the end of the period without being done, with their lead units
-- (see report_dated_task). Parameters: plan, last_month (YYYYMM).
SELECT x.*
FROM dim_plan p
CROSS JOIN LATERAL report_dated_task(p.plan_key, :last_month) x
WHERE p.code = :plan AND x.status = 'overdue'
ORDER BY x.due_date, x.number
