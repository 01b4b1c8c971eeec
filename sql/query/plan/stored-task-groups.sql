-- The plan's task groups as stored.
SELECT g.code, g.name, g.seq
FROM dim_task_group g
JOIN dim_plan p USING (plan_key)
WHERE p.code = :code
