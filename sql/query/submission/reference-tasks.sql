-- Reference data of the import: every plan's tasks.
SELECT task_key, plan_key, code, number FROM dim_task
