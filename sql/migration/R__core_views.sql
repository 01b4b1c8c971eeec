-- Core views over the star schema. Re-applied by Flyway whenever this file changes.
-- Report queries (sql/report/) read these views rather than the bridges and fact tables directly.

DROP VIEW IF EXISTS v_current_indicator_value, v_current_task_progress, v_indicator_unit, v_task_unit CASCADE;

-- Each unit's role on each task, groups expanded. A unit the plan names itself keeps that role, whatever groups it
-- also belongs to (task 13: the offices group leads, "Công an huyện" is named to cooperate); otherwise lead wins.
-- Queries that want one role filter on is_lead (role is its word): the planner estimates a boolean column at half
-- the rows, where a test on a text computed from an aggregate is estimated at a few rows, and a province's
-- thousands of leads then got nested loops of index probes.
-- Both views carry the plan: a query that filters on plan_key has the filter applied before the grouping (a join to
-- dim_task instead would group every plan's assignments first).
CREATE VIEW v_task_unit AS
SELECT y.plan_key, y.task_key, y.unit_key, CASE WHEN y.is_lead THEN 'lead' ELSE 'cooperating' END AS role, y.is_lead
FROM (SELECT x.plan_key, x.task_key, x.unit_key,
             coalesce(bool_or(x.role = 'lead') FILTER (WHERE x.named), bool_or(x.role = 'lead')) AS is_lead
      FROM (SELECT t.plan_key, a.task_key, a.unit_key, a.role, true AS named
            FROM bridge_task_assignee a
            JOIN dim_task t ON t.task_key = a.task_key
            WHERE a.unit_key IS NOT NULL
            UNION ALL
            SELECT t.plan_key, a.task_key, m.unit_key, a.role, false
            FROM bridge_task_assignee a
            JOIN dim_task t ON t.task_key = a.task_key
            JOIN dim_unit_group_member m ON m.unit_group_key = a.unit_group_key) x
      GROUP BY x.plan_key, x.task_key, x.unit_key) y;
COMMENT ON VIEW v_task_unit IS 'Each unit''s role on each task, unit groups expanded (a unit named itself keeps its role; else lead wins); filter on plan_key, and on is_lead for one role.';

-- Units that report each indicator, groups expanded.
CREATE VIEW v_indicator_unit AS
SELECT i.plan_key, r.indicator_key, r.unit_key
FROM bridge_indicator_reporter r
JOIN dim_indicator i ON i.indicator_key = r.indicator_key
WHERE r.unit_key IS NOT NULL
UNION
SELECT i.plan_key, r.indicator_key, m.unit_key
FROM bridge_indicator_reporter r
JOIN dim_indicator i ON i.indicator_key = r.indicator_key
JOIN dim_unit_group_member m ON m.unit_group_key = r.unit_group_key;
COMMENT ON VIEW v_indicator_unit IS 'Units that report each indicator, unit groups expanded; filter on plan_key.';

CREATE VIEW v_current_task_progress AS
SELECT f.*
FROM fact_task_progress f
JOIN fact_submission s ON s.submission_key = f.submission_key
WHERE s.status = 'accepted';
COMMENT ON VIEW v_current_task_progress IS 'Task progress from the current workbook of each unit and month.';

CREATE VIEW v_current_indicator_value AS
SELECT f.*
FROM fact_indicator_value f
JOIN fact_submission s ON s.submission_key = f.submission_key
WHERE s.status = 'accepted';
COMMENT ON VIEW v_current_indicator_value IS 'Indicator values from the current workbook of each unit and month.';
