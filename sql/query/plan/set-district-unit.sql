-- The unit whose code stands for the district total in the plan's reports.
UPDATE dim_plan SET district_unit_key = :unit WHERE plan_key = :plan
