-- Whether this connection's fill transaction has built report_period_task already (period-tasks-create.sql).
SELECT to_regclass('pg_temp.report_period_task') IS NOT NULL
