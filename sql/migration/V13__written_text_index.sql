-- The rows where a unit wrote a difficulty or a proposal, by task and month: the reviews quote and theme them
-- (unit-quotes.sql, quote-themes.sql, each run for both kinds), and about one row in thirteen has either. Without it
-- each of those four queries read every row of the period (2.7x slower at 3,000 units); by task first, so that a
-- plan's queries read its own tasks' rows only when the warehouse holds other plans for the same months (2-4x
-- faster for a 3,000-unit plan beside a 12,000-unit one than an index by month).
CREATE INDEX ix_task_progress_written ON fact_task_progress (task_key, month_key)
    WHERE difficulties IS NOT NULL OR proposals IS NOT NULL;
