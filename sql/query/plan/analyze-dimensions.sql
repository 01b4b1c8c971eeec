-- Fresh planner statistics for the dimensions a plan load writes.
ANALYZE dim_plan, dim_unit, dim_unit_group, dim_unit_group_member, dim_task_group, dim_task,
        bridge_task_assignee, dim_indicator, bridge_indicator_reporter
