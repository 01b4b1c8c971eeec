-- The codes of every loaded plan.
SELECT code FROM dim_plan ORDER BY code
