-- Lookups that otherwise scan a fact table once per row, and so grow with the square of the warehouse:
-- the latest status a lead unit reported for a task up to a month (reports; with only (month_key, task_key) such a
-- lookup reads every month before the report's, of every year), the submissions an import run recorded and the
-- ones a submission superseded (the import's summary, `da06 status`).
CREATE INDEX ix_task_progress_task_unit ON fact_task_progress (task_key, unit_key, month_key);
CREATE INDEX ix_submission_job ON fact_submission (job_execution_id);
CREATE INDEX ix_submission_superseded_by ON fact_submission (superseded_by) WHERE superseded_by IS NOT NULL;
