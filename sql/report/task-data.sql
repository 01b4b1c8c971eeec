-- Sheet "Dữ liệu nhiệm vụ": where each unit stands on each of its tasks at the end of the period, as it reported it
-- in the current workbooks of the period's months, with the source workbook and cell: the row of the month
-- report_period_task names (period-tasks-fill.sql: its latest row of the period that has a status, or its latest
-- row when none has). One row per unit and task in a monthly report and in a review alike, not one per month: a
-- province's year would otherwise be millions of rows, more than a sheet holds or a pivot table reads; the months are
-- in the monthly reports. "Tháng báo cáo" is the month of the row's workbook. On time compares the completion date
-- (the month's last day when left blank) with the due date of tasks that have one.
-- Reads report_period_task, which the fill builds first on its connection. Every row is a unit's ("Loại dòng" Đơn
-- vị, as in "Dữ liệu chỉ tiêu"). The column names are the sheet's header texts, in its order (see DataSheetRows).
WITH latest AS (
    SELECT f.*, s.file_name
    FROM report_period_task r
    JOIN v_current_task_progress f ON f.task_key = r.task_key AND f.unit_key = r.unit_key AND f.month_key = r.month_key
    JOIN fact_submission s ON s.submission_key = f.submission_key
)
SELECT report_month_code(f.month_key) AS "Tháng báo cáo", 'Đơn vị' AS "Loại dòng", t.number AS "STT nhiệm vụ",
       t.code AS "Mã nhiệm vụ", u.code AS "Mã đơn vị", u.name AS "Tên đơn vị",
       CASE f.role WHEN 'lead' THEN 'Chủ trì' ELSE 'Phối hợp' END AS "Vai trò",
       CASE f.status WHEN 'not_started' THEN 'Chưa triển khai' WHEN 'in_progress' THEN 'Đang triển khai'
                     WHEN 'done' THEN 'Hoàn thành' WHEN 'not_applicable' THEN 'Không phát sinh' END AS "Tình trạng",
       f.progress_pct AS "Tiến độ (%)", f.completed_on AS "Ngày hoàn thành", t.due_date AS "Hạn hoàn thành",
       CASE WHEN f.status = 'done' AND t.deadline_kind = 'due_date' THEN
           CASE WHEN coalesce(f.completed_on, m.last_day) <= t.due_date THEN 'Đúng hạn' ELSE 'Trễ hạn' END
       END AS "Đúng hạn",
       f.submission_key AS "Mã bản nộp", f.file_name AS "Tệp", f.source_cell AS "Ô"
FROM latest f
JOIN dim_task t ON t.task_key = f.task_key
JOIN dim_month m ON m.month_key = f.month_key
JOIN dim_unit u ON u.unit_key = f.unit_key
ORDER BY t.number, u.code
