-- The plan's task groups the plan files no longer have (codes: those they have).
DELETE FROM dim_task_group WHERE plan_key = :plan AND NOT (code = ANY(:codes))
