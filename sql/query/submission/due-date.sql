-- The day by which the plan's units must report the month (see v_plan_month).
SELECT report_due_date FROM v_plan_month WHERE plan_key = :plan AND month_key = :month
