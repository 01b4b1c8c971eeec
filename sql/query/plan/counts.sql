-- What the plan holds, for the summary line of `da06 plan import`: one row (what, n) per kind of thing.
SELECT 'tasks' AS what, count(*) AS n FROM dim_task t JOIN dim_plan p USING (plan_key) WHERE p.code = :code
UNION ALL
SELECT 'task_groups', count(*) FROM dim_task_group g JOIN dim_plan p USING (plan_key) WHERE p.code = :code
UNION ALL
SELECT 'indicators', count(*) FROM dim_indicator i JOIN dim_plan p USING (plan_key) WHERE p.code = :code
UNION ALL
SELECT 'unit_groups', count(*) FROM dim_unit_group g JOIN dim_plan p USING (plan_key) WHERE p.code = :code
UNION ALL
SELECT 'units', count(DISTINCT unit_key)
FROM (SELECT tu.unit_key FROM v_task_unit tu JOIN dim_plan p USING (plan_key) WHERE p.code = :code
      UNION
      SELECT iu.unit_key FROM v_indicator_unit iu JOIN dim_plan p USING (plan_key) WHERE p.code = :code) r
