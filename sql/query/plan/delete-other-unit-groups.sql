-- The plan's unit groups the plan files no longer have (codes: those they have).
DELETE FROM dim_unit_group WHERE plan_key = :plan AND NOT (code = ANY(:codes))
