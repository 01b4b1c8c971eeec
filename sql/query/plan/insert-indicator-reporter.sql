-- A unit or a unit group that reports an indicator, at its place in the plan's text.
INSERT INTO bridge_indicator_reporter (indicator_key, seq, unit_key, unit_group_key)
VALUES (:indicator, :seq, :unit, :group)
