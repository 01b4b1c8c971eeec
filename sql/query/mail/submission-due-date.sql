-- The report due date of a submission's month under its plan.
SELECT pm.report_due_date
FROM fact_submission s
JOIN v_plan_month pm ON pm.plan_key = s.plan_key AND pm.month_key = s.month_key
WHERE s.submission_key = :key
