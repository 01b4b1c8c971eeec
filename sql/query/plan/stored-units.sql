-- Every stored unit with the codes of its parent and successor (units are shared by plans: the caller keeps those
-- the plan files name).
SELECT u.*, p.code AS parent_code, n.code AS successor_code
FROM dim_unit u
LEFT JOIN dim_unit p ON p.unit_key = u.parent_unit_key
LEFT JOIN dim_unit n ON n.unit_key = u.successor_unit_key
