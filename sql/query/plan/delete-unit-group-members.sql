-- A unit group's members, cleared before the load writes them again.
DELETE FROM dim_unit_group_member WHERE unit_group_key = :group
