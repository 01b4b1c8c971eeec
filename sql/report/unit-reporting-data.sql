-- Sheet "Dữ liệu báo cáo" of a rolled-up report (a plan with more units than da06.report.roll-up-above): every
-- unit's reporting of every month of the period (see report_unit_month), the rows the document's reporting table
-- counts and of which its appendix lists only those that need attention. The column names are the sheet's header
-- texts, in its order. Parameters: plan, first_month, last_month (YYYYMM), report_date.
SELECT report_month_code(x.month_key) AS "Kỳ", u.code AS "Mã đơn vị", u.name AS "Tên đơn vị",
       x.report_due_date AS "Hạn gửi",
       CASE x.status WHEN 'on_time' THEN 'Đúng hạn' WHEN 'late' THEN 'Trễ hạn'
                     WHEN 'missing' THEN 'Chưa báo cáo' ELSE 'Chưa đến hạn' END AS "Tình trạng báo cáo",
       x.received_on AS "Ngày nhận", x.days_late AS "Số ngày trễ", x.rejected AS "Số bản bị trả lại",
       x.submission_key AS "Mã bản nộp", x.file_name AS "Tệp"
FROM dim_plan p
CROSS JOIN LATERAL report_unit_month(p.plan_key, :first_month, :last_month, :report_date) x
JOIN dim_unit u ON u.unit_key = x.unit_key
WHERE p.code = :plan
ORDER BY x.month_key, u.kind IN ('commune', 'town', 'ward'), u.code
