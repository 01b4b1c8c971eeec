-- The months of a plan the demo runs (its first and last day) and how users name it.
SELECT p.starts_on, p.ends_on, p.name FROM dim_plan p WHERE p.code = :plan
