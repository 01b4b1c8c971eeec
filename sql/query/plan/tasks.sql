-- The tasks of a plan by group, with their lead and cooperating units as the plan names them
-- (a unit group shows with its member count) and their deadline rule. Used by `da06 plan show`.
WITH assignee AS (
    SELECT a.task_key, a.role,
           string_agg(coalesce(u.name, g.name || ' (' || (SELECT count(*) FROM dim_unit_group_member m
                                                          WHERE m.unit_group_key = g.unit_group_key) || ' đơn vị)'),
                      '; ' ORDER BY a.seq) AS names
    FROM bridge_task_assignee a
    LEFT JOIN dim_unit u ON u.unit_key = a.unit_key
    LEFT JOIN dim_unit_group g ON g.unit_group_key = a.unit_group_key
    GROUP BY a.task_key, a.role
)
SELECT g.code AS group_code, g.name AS group_name, t.number, t.content, t.product,
       coalesce(lead.names, '') AS leads, coalesce(coop.names, '') AS cooperating,
       t.deadline_text, t.deadline_kind, t.due_date, t.monthly_day, t.starts_on
FROM dim_task t
JOIN dim_task_group g ON g.task_group_key = t.task_group_key
JOIN dim_plan p ON p.plan_key = t.plan_key
LEFT JOIN assignee lead ON lead.task_key = t.task_key AND lead.role = 'lead'
LEFT JOIN assignee coop ON coop.task_key = t.task_key AND coop.role = 'cooperating'
WHERE p.code = :plan
ORDER BY g.seq, t.number
