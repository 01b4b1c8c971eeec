-- Whether a plan with this code is loaded (1) or not (0).
SELECT count(*) FROM dim_plan WHERE code = :code
