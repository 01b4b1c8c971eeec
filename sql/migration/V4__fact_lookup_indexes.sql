-- Lookups the reports make per unit: the latest status a lead unit reported for a task up to a month. With only
-- (month_key, task_key), such a lookup scans every month before the report's, of every year in the warehouse.
CREATE INDEX ix_task_progress_task_unit ON fact_task_progress (task_key, unit_key, month_key);
