-- Every month of the loaded plans with the plan that covers it (the latest year's plan when several do),
-- latest month first: the months the portal offers.
SELECT DISTINCT ON (m.month_key) m.month_key, p.code AS plan_code
FROM dim_month m
JOIN dim_plan p ON m.first_day BETWEEN p.starts_on AND p.ends_on
ORDER BY m.month_key DESC, p.year DESC, p.updated_at DESC
