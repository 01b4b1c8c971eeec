-- Whether the warehouse holds nothing yet: no plan loaded, no workbook recorded.
SELECT NOT EXISTS (SELECT 1 FROM dim_plan) AND NOT EXISTS (SELECT 1 FROM fact_submission)
