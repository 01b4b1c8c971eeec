-- The plan's report due date of each month it covers (see v_plan_month), for the guide sheet's deadline.
SELECT pm.month_key, pm.report_due_date
FROM v_plan_month pm
JOIN dim_plan p USING (plan_key)
WHERE p.code = :code AND pm.last_day >= p.starts_on AND pm.first_day <= p.ends_on
