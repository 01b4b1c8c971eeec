-- Every loaded plan with the unit it belongs to, its months and how many tasks and targets it has, oldest first:
-- for `da06 plan list`.
SELECT p.code, p.name, p.starts_on, p.ends_on, u.name AS unit_name,
       (SELECT count(*) FROM dim_task t WHERE t.plan_key = p.plan_key) AS tasks,
       (SELECT count(*) FROM dim_indicator i WHERE i.plan_key = p.plan_key) AS indicators
FROM dim_plan p
LEFT JOIN dim_unit u ON u.unit_key = p.district_unit_key
ORDER BY p.starts_on, p.code
