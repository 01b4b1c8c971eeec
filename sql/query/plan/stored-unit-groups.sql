-- The plan's unit groups as stored, with their members as unit ids (code@valid_from) in order.
SELECT g.code, g.name, g.aliases,
       coalesce(string_agg(u.code || '@' || u.valid_from, ' ' ORDER BY (u.code || '@' || u.valid_from) COLLATE "C"), '') AS members
FROM dim_unit_group g
JOIN dim_plan p USING (plan_key)
LEFT JOIN dim_unit_group_member m USING (unit_group_key)
LEFT JOIN dim_unit u USING (unit_key)
WHERE p.code = :code
GROUP BY g.unit_group_key
