-- The plan a unit's workbook is for.
SELECT plan_key, code, name, starts_on, ends_on, report_due_day FROM dim_plan WHERE code = :code
