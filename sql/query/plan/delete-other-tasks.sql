-- The plan's tasks the plan files no longer have (numbers: those they have).
DELETE FROM dim_task WHERE plan_key = :plan AND NOT (number = ANY(:numbers))
