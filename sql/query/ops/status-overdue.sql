-- Tasks of a plan whose deadline has passed by the end of the month and that no lead unit has reported done
-- (in its latest current workbook up to that month), with who leads them.
WITH plan AS (SELECT plan_key FROM dim_plan WHERE code = :plan),
     m AS (SELECT * FROM dim_month WHERE month_key = :month),
     latest AS (
         SELECT DISTINCT ON (f.task_key, f.unit_key) f.task_key, f.unit_key, f.status
         FROM v_current_task_progress f
         WHERE f.month_key <= :month AND f.role = 'lead'
         ORDER BY f.task_key, f.unit_key, f.month_key DESC)
SELECT t.number, t.code, t.content, t.due_date, t.lead_text
FROM dim_task t JOIN plan USING (plan_key), m
WHERE t.deadline_kind = 'due_date'
  AND t.due_date < m.last_day + 1
  AND NOT EXISTS (SELECT 1 FROM latest l WHERE l.task_key = t.task_key AND l.status = 'done')
ORDER BY t.due_date, t.number
