-- A unit or a unit group that leads or cooperates on a task, at its place in the plan's text.
INSERT INTO bridge_task_assignee (task_key, role, seq, unit_key, unit_group_key)
VALUES (:task, :role, :seq, :unit, :group)
