-- Adds a task group of the plan or updates it in place; returns its key.
INSERT INTO dim_task_group (plan_key, code, seq, name)
VALUES (:plan, :code, :seq, :name)
ON CONFLICT (plan_key, code) DO UPDATE SET seq = excluded.seq, name = excluded.name
RETURNING task_group_key
