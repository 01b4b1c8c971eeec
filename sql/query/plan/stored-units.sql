-- Every stored unit with its parent and successor as unit ids (code@valid_from: codes are reused after a merger).
-- Units are shared by plans: the caller keeps those the plan files name.
SELECT u.*, p.code || '@' || p.valid_from AS parent_id, n.code || '@' || n.valid_from AS successor_id
FROM dim_unit u
LEFT JOIN dim_unit p ON p.unit_key = u.parent_unit_key
LEFT JOIN dim_unit n ON n.unit_key = u.successor_unit_key
