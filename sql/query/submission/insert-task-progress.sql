-- One task row of an accepted workbook. Positional parameters (batched): submission_key, task_key, unit_key,
-- month_key, role, status, progress_pct, completed_on, result_text, difficulties, proposals, source_cell.
INSERT INTO fact_task_progress (submission_key, task_key, unit_key, month_key, role, status, progress_pct,
                                completed_on, result_text, difficulties, proposals, source_cell)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
