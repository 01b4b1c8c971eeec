-- Adds a task of the plan (by its number) or updates it in place, so that facts keep pointing at it; returns its key.
INSERT INTO dim_task (plan_key, task_group_key, number, code, content, lead_text, cooperating_text, product,
                      deadline_text, deadline_kind, due_date, monthly_day, starts_on, condition_text)
VALUES (:plan, :group, :number, :code, :content, :lead, :coop, :product, :deadline, :kind, :due, :day, :starts,
        :condition)
ON CONFLICT (plan_key, number) DO UPDATE SET task_group_key = excluded.task_group_key,
    code = excluded.code, content = excluded.content, lead_text = excluded.lead_text,
    cooperating_text = excluded.cooperating_text, product = excluded.product,
    deadline_text = excluded.deadline_text, deadline_kind = excluded.deadline_kind,
    due_date = excluded.due_date, monthly_day = excluded.monthly_day,
    starts_on = excluded.starts_on, condition_text = excluded.condition_text
RETURNING task_key
