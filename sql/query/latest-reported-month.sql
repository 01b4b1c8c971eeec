-- The latest month any workbook was recorded for (the month status shows when none is named).
SELECT max(month_key) FROM fact_submission
