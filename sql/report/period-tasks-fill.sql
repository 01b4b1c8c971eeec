-- The rows of report_period_task (period-tasks-create.sql), from the current workbooks of months
-- first_month..last_month:
--   month_key: the month of the unit's latest row of the period that has a status, or of its latest row when none
--              has (a blank status does not undo an earlier one, as in report_task_lead): the row the task sheet shows;
--   active:    the unit reported the task in progress or done in some month of the period;
--   wrote:     the unit wrote a result ("Kết quả / sản phẩm") in some month of the period.
-- Parameters: plan, first_month, last_month (YYYYMM).
INSERT INTO report_period_task (task_key, unit_key, month_key, active, wrote)
SELECT f.task_key, f.unit_key,
       coalesce(max(f.month_key) FILTER (WHERE f.status IS NOT NULL), max(f.month_key)),
       coalesce(bool_or(f.status IN ('in_progress', 'done')), false),
       bool_or(coalesce(btrim(f.result_text), '') <> '')
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN v_current_task_progress f ON f.task_key = t.task_key
WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
GROUP BY f.task_key, f.unit_key
