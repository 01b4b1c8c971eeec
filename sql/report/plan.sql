-- The plan a report is made for: what its header prints (issuing body, place), what it is based on ("Căn cứ") and
-- sent to ("Nơi nhận"), one per line, and which unit is the district.
SELECT p.plan_key, p.code, p.name, p.decision, p.year, p.starts_on, p.ends_on, p.issuing_body, p.place_name,
       array_to_string(p.grounds, E'\n') AS grounds, array_to_string(p.recipients, E'\n') AS recipients,
       d.code AS district_code, d.name AS district_name
FROM dim_plan p
LEFT JOIN dim_unit d ON d.unit_key = p.district_unit_key
WHERE p.code = :plan
