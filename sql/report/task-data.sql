-- Sheet "Dữ liệu nhiệm vụ": every task row of the current workbooks of the period's months, as the units reported
-- it, with its source workbook and cell. On time compares the completion date (the month's last day when left
-- blank) with the due date of tasks that have one. Parameters: plan, first_month, last_month (YYYYMM).
-- Every row is a unit's ("Loại dòng" Đơn vị, as in "Dữ liệu chỉ tiêu"). The column names are the sheet's header
-- texts, in its order (see DataSheetSpool).
SELECT report_month_code(f.month_key) AS "Kỳ", 'Đơn vị' AS "Loại dòng", t.number AS "STT nhiệm vụ", t.code AS "Mã nhiệm vụ",
       u.code AS "Mã đơn vị", u.name AS "Tên đơn vị",
       CASE f.role WHEN 'lead' THEN 'Chủ trì' ELSE 'Phối hợp' END AS "Vai trò",
       CASE f.status WHEN 'not_started' THEN 'Chưa triển khai' WHEN 'in_progress' THEN 'Đang triển khai'
                     WHEN 'done' THEN 'Hoàn thành' WHEN 'not_applicable' THEN 'Không phát sinh' END AS "Tình trạng",
       f.progress_pct AS "Tiến độ (%)", f.completed_on AS "Ngày hoàn thành", t.due_date AS "Hạn hoàn thành",
       CASE WHEN f.status = 'done' AND t.deadline_kind = 'due_date' THEN
           CASE WHEN coalesce(f.completed_on, m.last_day) <= t.due_date THEN 'Đúng hạn' ELSE 'Trễ hạn' END
       END AS "Đúng hạn",
       f.submission_key AS "Mã bản nộp", s.file_name AS "Tệp", f.source_cell AS "Ô"
FROM dim_plan p
JOIN dim_task t ON t.plan_key = p.plan_key
JOIN v_current_task_progress f ON f.task_key = t.task_key
JOIN dim_month m ON m.month_key = f.month_key
JOIN dim_unit u ON u.unit_key = f.unit_key
JOIN fact_submission s ON s.submission_key = f.submission_key
WHERE p.code = :plan AND f.month_key BETWEEN :first_month AND :last_month
ORDER BY f.month_key, t.number, u.code
