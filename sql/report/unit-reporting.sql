-- Reporting completeness and timeliness of each unit over the period (see report_unit_month): months it had to
-- report by the report date, reported, on time, late, missing, rejected workbooks, and its on-time share.
-- Parameters: plan, first_month, last_month (YYYYMM), report_date.
SELECT u.code, u.name,
       count(*) FILTER (WHERE x.status <> 'not_due')::integer AS months_due,
       count(*) FILTER (WHERE x.status IN ('on_time', 'late'))::integer AS reported,
       count(*) FILTER (WHERE x.status = 'on_time')::integer AS on_time,
       count(*) FILTER (WHERE x.status = 'late')::integer AS late,
       count(*) FILTER (WHERE x.status = 'missing')::integer AS missing,
       sum(x.rejected)::integer AS rejected,
       report_ratio(count(*) FILTER (WHERE x.status = 'on_time'), count(*) FILTER (WHERE x.status <> 'not_due')) AS on_time_pct
FROM dim_plan p
CROSS JOIN LATERAL report_unit_month(p.plan_key, :first_month, :last_month, :report_date) x
JOIN dim_unit u ON u.unit_key = x.unit_key
WHERE p.code = :plan
GROUP BY u.code, u.name, u.kind
ORDER BY u.kind IN ('commune', 'town'), u.code
