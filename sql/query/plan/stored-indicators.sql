-- The plan's indicators as stored, with the number of the task each measures.
SELECT i.*, t.number AS task_number
FROM dim_indicator i
JOIN dim_plan p ON p.plan_key = i.plan_key
LEFT JOIN dim_task t ON t.task_key = i.task_key
WHERE p.code = :code
