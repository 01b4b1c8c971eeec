-- A member of a unit group.
INSERT INTO dim_unit_group_member (unit_group_key, unit_key) VALUES (:group, :unit)
