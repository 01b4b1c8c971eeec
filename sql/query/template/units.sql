-- Units that report on a plan in a month: every unit valid in that month that the plan assigns a task or an
-- indicator to, directly or through a unit group. Used by `da06 template` and `da06 sample`.
SELECT u.unit_key, u.code, u.name, u.kind
FROM dim_unit u
WHERE u.valid_from <= :last_day
  AND (u.valid_to IS NULL OR u.valid_to >= :first_day)
  AND (EXISTS (SELECT 1
               FROM v_task_unit tu
               WHERE tu.unit_key = u.unit_key AND tu.plan_key = :plan_key)
       OR EXISTS (SELECT 1
                  FROM v_indicator_unit iu
                  WHERE iu.unit_key = u.unit_key AND iu.plan_key = :plan_key))
ORDER BY u.code
