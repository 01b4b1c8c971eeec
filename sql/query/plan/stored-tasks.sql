-- The plan's tasks as stored, with their group's code.
SELECT t.*, g.code AS group_code
FROM dim_task t
JOIN dim_task_group g USING (task_group_key)
JOIN dim_plan p ON p.plan_key = t.plan_key
WHERE p.code = :code
