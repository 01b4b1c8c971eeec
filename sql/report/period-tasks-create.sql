-- Where each unit stands on each of its tasks over the report period, one row per unit and task, built once per
-- connection of a report fill from the plan's current task rows of the period (period-tasks-fill.sql) and read by
-- the queries that would each read those rows again (task-data.sql, tasks.sql): a province's year is millions of
-- rows. A temporary table is its connection's own and is dropped when the fill's transaction ends, so it always
-- holds the snapshot of the fill that built it.
CREATE TEMP TABLE report_period_task (
    task_key   integer NOT NULL,
    unit_key   integer NOT NULL,
    month_key  integer NOT NULL,
    active     boolean NOT NULL,
    wrote      boolean NOT NULL
) ON COMMIT DROP
