-- Reference data of the import: each plan's report due date of every month (see v_plan_month).
SELECT plan_key, month_key, report_due_date FROM v_plan_month
