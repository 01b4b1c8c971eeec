-- Who reported the month (see report_unit_month): each unit that had to, with on time / late / missing, the date its
-- first workbook arrived and the current workbook. Parameters: plan, first_month, last_month (YYYYMM), report_date.
SELECT u.code, report_unit_label(u.kind, u.name) AS name, x.status,
       CASE x.status WHEN 'on_time' THEN 'Đúng hạn' WHEN 'late' THEN 'Trễ hạn'
                     WHEN 'missing' THEN 'Chưa báo cáo' ELSE 'Chưa đến hạn' END AS status_label,
       x.report_due_date, x.received_on, report_date_text(x.received_on) AS received_text, x.days_late, x.file_name, x.rejected
FROM dim_plan p
CROSS JOIN LATERAL report_unit_month(p.plan_key, :first_month, :last_month, :report_date) x
JOIN dim_unit u ON u.unit_key = x.unit_key
WHERE p.code = :plan
ORDER BY CASE x.status WHEN 'missing' THEN 1 WHEN 'late' THEN 2 WHEN 'not_due' THEN 3 ELSE 4 END,
         u.kind IN ('commune', 'town', 'ward'), u.code, x.month_key
