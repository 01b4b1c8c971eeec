-- Who reports the plan's indicators, cleared before the load writes them again.
DELETE FROM bridge_indicator_reporter
WHERE indicator_key IN (SELECT indicator_key FROM dim_indicator WHERE plan_key = :plan)
