-- Units that must report for a month under the plan covering it (the latest year's plan when several do) and have
-- no workbook loaded or held for it yet, with the report due date and the addresses they may send from.
-- Parameters: month (YYYYMM), today.
WITH plan AS (
    SELECT p.plan_key, p.code
    FROM dim_month m JOIN dim_plan p ON m.first_day BETWEEN p.starts_on AND p.ends_on
    WHERE m.month_key = :month
    ORDER BY p.year DESC, p.updated_at DESC
    LIMIT 1)
SELECT u.code, u.name, x.report_due_date, plan.code AS plan_code,
       array(SELECT s.address FROM mail_sender s WHERE s.unit_code = u.code ORDER BY s.address) AS addresses
FROM plan
CROSS JOIN report_unit_month(plan.plan_key, :month, :month, :today) x
JOIN dim_unit u ON u.unit_key = x.unit_key
WHERE x.status NOT IN ('on_time', 'late')
  AND NOT EXISTS (SELECT 1 FROM fact_submission h
                  WHERE h.unit_key = x.unit_key AND h.month_key = :month AND h.status = 'held')
ORDER BY u.code
