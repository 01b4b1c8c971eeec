-- The unit the plan belongs to (a district, a province or a commune): its code stands for the plan's total in reports.
UPDATE dim_plan SET district_unit_key = :unit WHERE plan_key = :plan
