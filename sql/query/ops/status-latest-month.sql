-- The latest month any workbook was recorded for: what `da06 status` shows when no month is named.
SELECT max(month_key) FROM fact_submission
