-- How many units' workbooks of the period's months are accepted: none means a report has nothing to say.
-- Parameters: plan, first_month, last_month (YYYYMM).
SELECT count(*)::integer
FROM fact_submission s
JOIN dim_plan p ON p.plan_key = s.plan_key
WHERE p.code = :plan AND s.status = 'accepted' AND s.month_key BETWEEN :first_month AND :last_month
