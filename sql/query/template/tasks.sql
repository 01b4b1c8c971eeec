-- The task rows of a unit's workbook for a month: every task of the plan the unit leads or cooperates on (unit
-- groups expanded), by task number, with the unit's latest accepted values for it from an earlier month.
SELECT t.number, t.code, t.content, t.deadline_text, t.deadline_kind, t.due_date, t.monthly_day, t.starts_on,
       t.product, tu.role,
       prev.month_key    AS prev_month_key,
       prev.status       AS prev_status,
       prev.progress_pct AS prev_progress,
       prev.completed_on AS prev_completed_on,
       prev.result_text  AS prev_result
FROM v_task_unit tu
JOIN dim_task t ON t.task_key = tu.task_key
LEFT JOIN LATERAL (
    SELECT f.month_key, f.status, f.progress_pct, f.completed_on, f.result_text
    FROM v_current_task_progress f
    JOIN dim_month m ON m.month_key = f.month_key
    WHERE f.unit_key = tu.unit_key
      AND f.task_key = t.task_key
      AND m.first_day < :first_day
      AND num_nonnulls(f.status, f.progress_pct, f.completed_on, f.result_text) > 0
    ORDER BY m.first_day DESC
    LIMIT 1) prev ON true
WHERE tu.unit_key = :unit_key
  AND tu.plan_key = :plan_key
ORDER BY t.number
