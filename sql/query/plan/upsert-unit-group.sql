-- Adds a unit group of the plan or updates it in place; returns its key.
INSERT INTO dim_unit_group (plan_key, code, name, aliases)
VALUES (:plan, :code, :name, :aliases)
ON CONFLICT (plan_key, code) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
RETURNING unit_group_key
