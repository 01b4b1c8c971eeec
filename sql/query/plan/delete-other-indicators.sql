-- The plan's indicators the plan files no longer have (codes: those they have).
DELETE FROM dim_indicator WHERE plan_key = :plan AND NOT (code = ANY(:codes))
