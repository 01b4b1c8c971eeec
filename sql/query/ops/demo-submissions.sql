-- How many workbooks of the plan for months first..last (YYYYMM) the warehouse holds (a demo run again reuses them
-- rather than import anew).
SELECT count(*) FROM fact_submission s JOIN dim_plan p USING (plan_key)
WHERE p.code = :plan AND s.month_key BETWEEN :first AND :last
