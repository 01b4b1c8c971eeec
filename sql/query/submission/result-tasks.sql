-- The task rows a workbook loaded, in the plan's order.
SELECT t.number, t.code, t.content, f.role, f.status, f.progress_pct, f.completed_on, f.result_text, f.source_cell
FROM fact_task_progress f
JOIN dim_task t ON t.task_key = f.task_key
WHERE f.submission_key = :key
ORDER BY t.number
