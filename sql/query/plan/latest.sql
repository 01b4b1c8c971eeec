-- The plan used when none is named: the one of the latest year, the latest loaded among equals.
SELECT code FROM dim_plan ORDER BY year DESC, updated_at DESC LIMIT 1
