-- Reference data of the import: each unit's role on each task (unit groups expanded).
SELECT task_key, unit_key, role FROM v_task_unit
