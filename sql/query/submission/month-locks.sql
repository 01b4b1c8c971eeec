-- The locked months, latest month first.
SELECT month_key, locked_at, locked_by FROM month_lock ORDER BY month_key DESC
