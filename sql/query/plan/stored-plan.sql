-- The plan as stored, with its district's unit code, to compare with the plan files.
SELECT p.*, u.code AS district_code
FROM dim_plan p
LEFT JOIN dim_unit u ON u.unit_key = p.district_unit_key
WHERE p.code = :code
