-- The report due date belongs to the plan, not to the calendar. dim_month held one due date per month, computed from
-- the plan loaded last: two plans with different due days over the same months overwrote each other's. Each plan's
-- due date of each month is now computed from its own report_due_day, in one place (v_plan_month), for every reader:
-- the import's on-time flag, `da06 status`, the reports, the templates' guide sheet.

ALTER TABLE dim_month DROP COLUMN report_due_date;

-- Every month for every plan (not only the plan's own months), so that a workbook for a month outside its plan still
-- gets an on-time flag. A view rather than a table: nothing to keep in step when a plan's due day changes, and a
-- reader that gives the plan and the month reads one row of dim_plan and one of dim_month by their keys.
CREATE VIEW v_plan_month AS
SELECT p.plan_key, m.month_key, m.first_day, m.last_day,
       (m.first_day + interval '1 month')::date + (p.report_due_day - 1) AS report_due_date
FROM dim_plan p
CROSS JOIN dim_month m;
COMMENT ON VIEW v_plan_month IS 'Each plan''s months: units report month M by the plan''s report_due_day of month M+1.';
COMMENT ON COLUMN v_plan_month.report_due_date IS 'Day by which the plan''s units must report this month.';
