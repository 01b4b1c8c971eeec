-- Fresh planner statistics for the fact tables an import writes.
ANALYZE fact_submission, fact_task_progress, fact_indicator_value
