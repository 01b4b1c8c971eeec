-- Sheet "Dữ liệu chỉ tiêu": one row per unit and indicator with its figure for the report period, for analysts to
-- filter and pivot: a monthly report's month ("Loại kỳ" Tháng), a review's half-year or year ("Loại kỳ" Cả kỳ; the
-- month-by-month figures are in the monthly reports: a province's year by month is millions of rows). The district
-- total is a row of its own under the district's unit code. "Loại dòng" tells them apart: "Đơn vị" for a unit's
-- row, "Tổng" for the district's, so that the "Đơn vị" rows of an indicator add up to its "Tổng" row. An indicator
-- whose units do not add up (combine = 'per_unit') has no "Tổng" row. Unit rows name their source workbook and
-- cells when a single workbook holds the value (a month, or a stock's latest month).
-- Parameters: plan, period_code, first_month, last_month (YYYYMM). The column names are the sheet's header texts, in
-- its order (see DataSheetRows).
WITH plan AS (
    SELECT plan_key, district_unit_key FROM dim_plan WHERE code = :plan
), period AS (
    SELECT :period_code AS code, :first_month AS first_month, :last_month AS last_month,
           CASE WHEN :first_month = :last_month THEN 'Tháng' ELSE 'Cả kỳ' END AS kind
), row AS (
    SELECT p.code AS period, p.kind, 'Đơn vị' AS row_kind, u.code AS unit_code, u.name AS unit_name, 1 AS unit_sort, v.indicator_key,
           v.numerator, v.denominator,
           CASE WHEN p.first_month = p.last_month THEN 'Số liệu tháng'
                WHEN i.aggregation = 'stock' THEN 'Số liệu tháng ' || report_month_code(v.latest_month) || ' (mới nhất trong kỳ)'
                ELSE 'Cộng ' || v.months || ' tháng có báo cáo' END AS basis,
           v.submission_key, s.file_name, v.source_cell, v.denominator_cell
    FROM period p
    CROSS JOIN plan
    CROSS JOIN LATERAL report_indicator_unit(plan.plan_key, p.first_month, p.last_month) v
    JOIN dim_indicator i ON i.indicator_key = v.indicator_key
    JOIN dim_unit u ON u.unit_key = v.unit_key
    LEFT JOIN fact_submission s ON s.submission_key = v.submission_key
    UNION ALL
    SELECT p.code, p.kind, 'Tổng', du.code, du.name, 2, d.indicator_key, d.numerator, d.denominator,
           'Tổng các đơn vị', NULL, NULL, NULL, NULL
    FROM period p
    CROSS JOIN plan
    CROSS JOIN LATERAL report_indicator_district(plan.plan_key, p.first_month, p.last_month) d
    JOIN dim_unit du ON du.unit_key = plan.district_unit_key
    JOIN dim_indicator di ON di.indicator_key = d.indicator_key
    WHERE di.combine = 'sum'
)
SELECT r.period AS "Kỳ", r.kind AS "Loại kỳ", r.row_kind AS "Loại dòng",
       r.unit_code AS "Mã đơn vị", r.unit_name AS "Tên đơn vị", i.code AS "Mã chỉ tiêu",
       i.name AS "Chỉ tiêu", r.numerator AS "Tử số", r.denominator AS "Mẫu số",
       report_ratio(r.numerator, r.denominator) AS "Tỷ lệ (%)", i.target_pct AS "Mục tiêu (%)",
       CASE report_achieved(report_ratio(r.numerator, r.denominator), i.target_pct, i.direction)
           WHEN true THEN 'Đạt' WHEN false THEN 'Chưa đạt' END AS "Đạt mục tiêu",
       r.basis AS "Cách tính", r.submission_key AS "Mã bản nộp", r.file_name AS "Tệp", r.source_cell AS "Ô tử số",
       r.denominator_cell AS "Ô mẫu số"
FROM row r
JOIN dim_indicator i ON i.indicator_key = r.indicator_key
ORDER BY i.seq, r.unit_sort, r.unit_code
