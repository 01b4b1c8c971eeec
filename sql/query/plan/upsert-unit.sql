-- Adds a unit (a code from a day on) or updates it in place; returns its key. Parent and successor come after
-- (set-unit-links.sql), once every unit has a key.
INSERT INTO dim_unit (code, name, kind, gso_code, aliases, valid_from, valid_to)
VALUES (:code, :name, :kind, :gso, :aliases, :from, :to)
ON CONFLICT (code, valid_from) DO UPDATE SET name = excluded.name, kind = excluded.kind,
    gso_code = excluded.gso_code, aliases = excluded.aliases, valid_to = excluded.valid_to
RETURNING unit_key
