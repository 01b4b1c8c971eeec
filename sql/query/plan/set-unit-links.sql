-- A unit's parent and successor.
UPDATE dim_unit SET parent_unit_key = :parent, successor_unit_key = :successor WHERE unit_key = :key
