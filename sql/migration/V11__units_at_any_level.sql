-- Units at any level (issue 16): a plan belongs to a unit of any level (a district in 2024, a province or a commune
-- from 2025), and units form a hierarchy that changes over time (province -> district -> commune before 1/7/2025,
-- province -> commune after). Parent and successor links point at a unit row (a code at a date), never at a bare
-- code: the statistics office reused old codes for the new units (21964 was xã Phước Quang until 30/6/2025 and is
-- xã Tuy Phước Bắc from 1/7/2025; 52 was tỉnh Bình Định and is tỉnh Gia Lai).

ALTER TABLE dim_unit DROP CONSTRAINT dim_unit_kind_check;
ALTER TABLE dim_unit ADD CONSTRAINT dim_unit_kind_check
    CHECK (kind IN ('province', 'department', 'district', 'district_office', 'commune', 'town', 'ward', 'external'));
COMMENT ON COLUMN dim_unit.kind IS 'province (tỉnh), department (sở, ban, ngành of a province), district (huyện), district_office (phòng, ban of a district), commune (xã), town (thị trấn), ward (phường) or external (outside bodies: banks, social insurance, youth union...).';
COMMENT ON COLUMN dim_unit.parent_unit_key IS 'The unit this one belongs to while it exists (a commune its district or, from 1/7/2025, its province; a district its province); the parent is valid over the whole validity of the child.';
COMMENT ON COLUMN dim_unit.successor_unit_key IS 'The unit that took over on the day after this one ended (a merger: several predecessors share one successor).';
COMMENT ON COLUMN dim_plan.district_unit_key IS 'The unit the plan belongs to (a district, a province or a commune): its code stands for the plan''s total in reports and its level names the reports'' area ("trên địa bàn huyện/tỉnh/xã").';

-- Predecessors of a unit (reports compare a merged unit with the sum of its predecessors) and children of a unit
-- (reports roll units up to the level below the plan's unit).
CREATE INDEX ix_unit_successor ON dim_unit (successor_unit_key) WHERE successor_unit_key IS NOT NULL;
CREATE INDEX ix_unit_parent ON dim_unit (parent_unit_key) WHERE parent_unit_key IS NOT NULL;
