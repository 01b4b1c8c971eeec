-- The plan as stored, with its unit as a unit id (code@valid_from), to compare with the plan files.
SELECT p.*, u.code || '@' || u.valid_from AS unit_id
FROM dim_plan p
LEFT JOIN dim_unit u ON u.unit_key = p.district_unit_key
WHERE p.code = :code
