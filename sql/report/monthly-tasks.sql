-- Recurring monthly tasks with a day of the month (task 7: the district's report to the province "Ngày 22 hàng
-- tháng"): whether each lead unit did it by that day of the report's month, as its workbook of the month says
-- (done with a completion date on or before the day, or left blank: done late, not done, or no workbook).
-- Parameters: plan, last_month (YYYYMM).
SELECT t.number, t.content, report_unit_label(u.kind, u.name) AS unit_name, t.monthly_day,
       report_date_text(make_date(:last_month / 100, :last_month % 100, t.monthly_day)) AS due_text,
       f.status, report_date_text(f.completed_on) AS completed_text,
       CASE WHEN f.submission_key IS NULL THEN 'chưa có báo cáo của đơn vị về nhiệm vụ này'
            WHEN f.status = 'done' AND f.completed_on IS NOT NULL
                 AND f.completed_on <= make_date(:last_month / 100, :last_month % 100, t.monthly_day)
                THEN 'đã thực hiện ngày ' || report_date_text(f.completed_on) || ', đúng hạn'
            WHEN f.status = 'done' AND f.completed_on IS NOT NULL
                THEN 'đã thực hiện ngày ' || report_date_text(f.completed_on) || ', trễ hạn'
            WHEN f.status = 'done' THEN 'đơn vị báo cáo đã thực hiện nhưng không ghi ngày'
            ELSE 'chưa thực hiện' END AS outcome,
       'Nhiệm vụ ' || t.number || ' (' || lower(left(t.content, 1)) || substr(t.content, 2) || ', hạn ngày '
       || report_date_text(make_date(:last_month / 100, :last_month % 100, t.monthly_day)) || '): '
       || report_unit_label(u.kind, u.name) || ' '
       || CASE WHEN f.submission_key IS NULL THEN 'chưa báo cáo về nhiệm vụ này trong tháng'
               WHEN f.status = 'done' AND f.completed_on IS NOT NULL
                    AND f.completed_on <= make_date(:last_month / 100, :last_month % 100, t.monthly_day)
                   THEN 'đã thực hiện ngày ' || report_date_text(f.completed_on) || ', đúng hạn'
               WHEN f.status = 'done' AND f.completed_on IS NOT NULL
                   THEN 'đã thực hiện ngày ' || report_date_text(f.completed_on) || ', trễ hạn'
               WHEN f.status = 'done' THEN 'báo cáo đã thực hiện nhưng không ghi ngày'
               ELSE 'báo cáo chưa thực hiện' END || '.' AS sentence
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN v_task_unit tu ON tu.task_key = t.task_key AND tu.is_lead AND tu.plan_key = p.plan_key
JOIN dim_unit u ON u.unit_key = tu.unit_key
LEFT JOIN v_current_task_progress f ON f.task_key = t.task_key AND f.unit_key = u.unit_key AND f.month_key = :last_month
WHERE p.code = :plan AND t.deadline_kind = 'monthly' AND t.monthly_day IS NOT NULL
ORDER BY t.number, u.code
