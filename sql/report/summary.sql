-- Headline counts of a report period, for the sentences of the report body. They come from the same functions as
-- the tables (R__report_views.sql), so a sentence and its table always agree.
-- Parameters: plan, first_month, last_month (YYYYMM), report_date.
WITH plan AS (
    SELECT plan_key FROM dim_plan WHERE code = :plan
), indicator AS (
    SELECT d.* FROM plan, report_indicator_district(plan.plan_key, :first_month, :last_month) d
), task AS (
    SELECT s.* FROM plan, report_task_status(plan.plan_key, :last_month) s
), unit_month AS (
    SELECT x.* FROM plan, report_unit_month(plan.plan_key, :first_month, :last_month, :report_date) x
)
SELECT (SELECT count(*) FROM fact_submission s, plan
        WHERE s.plan_key = plan.plan_key AND s.status = 'accepted'
          AND s.month_key BETWEEN :first_month AND :last_month)::integer AS accepted_submissions,
       (SELECT count(*) FROM indicator)::integer AS indicators,
       (SELECT count(*) FROM indicator WHERE achieved)::integer AS indicators_achieved,
       (SELECT count(*) FROM indicator WHERE NOT achieved)::integer AS indicators_not_achieved,
       (SELECT count(*) FROM indicator WHERE achieved IS NULL)::integer AS indicators_no_data,
       (SELECT count(*) FROM task)::integer AS tasks,
       (SELECT count(*) FROM task WHERE status IN ('done_on_time', 'done_late'))::integer AS tasks_done,
       (SELECT count(*) FROM task WHERE status = 'done_on_time')::integer AS tasks_done_on_time,
       (SELECT count(*) FROM task WHERE status = 'done_late')::integer AS tasks_done_late,
       (SELECT count(*) FROM task WHERE status = 'overdue')::integer AS tasks_overdue,
       (SELECT count(*) FROM task WHERE status IN ('in_progress', 'ongoing'))::integer AS tasks_in_progress,
       (SELECT count(*) FROM task WHERE status IN ('not_due', 'not_started', 'waiting'))::integer AS tasks_not_started,
       (SELECT count(DISTINCT unit_key) FROM unit_month)::integer AS units,
       (SELECT count(DISTINCT unit_key) FROM unit_month WHERE status IN ('on_time', 'late'))::integer AS units_reported,
       (SELECT count(*) FROM unit_month WHERE status <> 'not_due')::integer AS unit_months_due,
       (SELECT count(*) FROM unit_month WHERE status = 'on_time')::integer AS unit_months_on_time,
       (SELECT count(*) FROM unit_month WHERE status = 'late')::integer AS unit_months_late,
       (SELECT count(*) FROM unit_month WHERE status = 'missing')::integer AS unit_months_missing,
       (SELECT coalesce(sum(rejected), 0) FROM unit_month)::integer AS rejected_submissions
