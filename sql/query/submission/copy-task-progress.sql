-- The task rows of a chunk's accepted workbooks, one CSV record each (an unquoted empty field is NULL).
COPY fact_task_progress (submission_key, task_key, unit_key, month_key, role, status, progress_pct, completed_on,
                         result_text, difficulties, proposals, source_cell)
FROM STDIN (FORMAT csv)
