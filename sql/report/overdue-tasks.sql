-- Tasks whose due date was reached by the end of the period without being done, with their lead units
-- and those that have not finished their part (see report_dated_task).
-- The one list of overdue tasks: reports and `da06 status` both read it. Parameters: plan, last_month (YYYYMM).
SELECT x.*
FROM dim_plan p
CROSS JOIN LATERAL report_dated_task(p.plan_key, :last_month) x
WHERE p.code = :plan AND x.status = 'overdue'
ORDER BY x.due_date, x.number
