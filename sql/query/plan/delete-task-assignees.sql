-- Who leads and cooperates on the plan's tasks, cleared before the load writes them again.
DELETE FROM bridge_task_assignee
WHERE task_key IN (SELECT task_key FROM dim_task WHERE plan_key = :plan)
