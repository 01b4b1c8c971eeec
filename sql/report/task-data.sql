-- Sheet "Dữ liệu nhiệm vụ": every task row of the current workbooks of the period's months, as the units reported
-- it, with its source workbook and cell. On time compares the completion date (the month's last day when left
-- blank) with the due date of tasks that have one. Parameters: plan, first_month, last_month (YYYYMM).
SELECT report_month_code(f.month_key) AS period, t.number AS task_number, t.code AS task_code,
       u.code AS unit_code, u.name AS unit_name,
       CASE f.role WHEN 'lead' THEN 'Chủ trì' ELSE 'Phối hợp' END AS role,
       CASE f.status WHEN 'not_started' THEN 'Chưa triển khai' WHEN 'in_progress' THEN 'Đang triển khai'
                     WHEN 'done' THEN 'Hoàn thành' WHEN 'not_applicable' THEN 'Không phát sinh' END AS status,
       f.progress_pct, f.completed_on, t.due_date,
       CASE WHEN f.status = 'done' AND t.deadline_kind = 'due_date' THEN
           CASE WHEN coalesce(f.completed_on, m.last_day) <= t.due_date THEN 'Đúng hạn' ELSE 'Trễ hạn' END
       END AS on_time,
       f.submission_key, s.file_name, f.source_cell
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN v_current_task_progress f ON f.task_key = t.task_key
JOIN dim_month m ON m.month_key = f.month_key
JOIN dim_unit u ON u.unit_key = f.unit_key
JOIN fact_submission s ON s.submission_key = f.submission_key
WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
ORDER BY f.month_key, t.number, u.code
