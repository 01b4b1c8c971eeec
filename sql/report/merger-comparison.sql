-- Like for like across a merger: each unit of the plan that exists in the period and took over from units that ended
-- before it (dim_unit.successor_unit_key: xã Tuy Phước Bắc from xã Phước Hưng, Phước Quang and Phước Hiệp on
-- 01/7/2025), beside the sum of its predecessors for the same months a year earlier, indicator by indicator. The two
-- years' plans are matched by indicator code; the predecessors' figures come from whichever plan they reported under
-- (report_indicator_unit: a stock is each unit's latest month, a flow the sum of its months), numerators and
-- denominators summed, then divided. Only indicators whose units add up (combine = 'sum') and that the plan asks the
-- unit to report. Rows "Đơn vị" (one per unit and indicator), then one "Tổng" row whose sentence states the counts,
-- and nothing at all when no unit of the period has predecessors.
-- Parameters: plan, first_month, last_month, last_year_first, last_year_last (YYYYMM).
WITH plan AS (
    SELECT plan_key FROM dim_plan WHERE code = :plan
), merged AS (
    SELECT n.unit_key, n.code, n.kind, n.name, n.valid_from, o.unit_key AS predecessor_key,
           report_unit_label(o.kind, o.name) AS predecessor_label, o.code AS predecessor_code
    FROM dim_unit n
    JOIN dim_unit o ON o.successor_unit_key = n.unit_key
    JOIN dim_month m ON m.month_key = :last_month
    WHERE n.valid_from <= m.last_day AND (n.valid_to IS NULL OR n.valid_to >= m.first_day)
), unit AS (
    SELECT unit_key, code, kind, name, min(valid_from) AS valid_from, count(*) AS predecessors,
           string_agg(predecessor_label, ', ' ORDER BY predecessor_code) AS predecessor_names
    FROM merged
    GROUP BY unit_key, code, kind, name
), assigned AS (
    SELECT i.indicator_key, i.code AS indicator_code, i.seq, i.name AS indicator_name, u.*
    FROM plan
    JOIN dim_indicator i ON i.plan_key = plan.plan_key AND i.combine = 'sum'
    JOIN v_indicator_unit iu ON iu.plan_key = plan.plan_key AND iu.indicator_key = i.indicator_key
    JOIN unit u ON u.unit_key = iu.unit_key
), now AS (
    SELECT v.indicator_key, v.unit_key, v.numerator, v.denominator
    FROM plan, report_indicator_unit(plan.plan_key, :first_month, :last_month) v
    WHERE v.denominator > 0
), earlier_plan AS (
    SELECT DISTINCT s.plan_key
    FROM fact_submission s
    JOIN merged m ON m.predecessor_key = s.unit_key
    WHERE s.status = 'accepted' AND s.month_key BETWEEN :last_year_first AND :last_year_last
), before AS (
    SELECT i.code, m.unit_key, sum(v.numerator) AS numerator, sum(v.denominator) AS denominator,
           count(DISTINCT v.unit_key) AS units
    FROM earlier_plan ep
    CROSS JOIN LATERAL report_indicator_unit(ep.plan_key, :last_year_first, :last_year_last) v
    JOIN dim_indicator i ON i.indicator_key = v.indicator_key
    JOIN merged m ON m.predecessor_key = v.unit_key
    WHERE v.denominator > 0
    GROUP BY i.code, m.unit_key
), row AS (
    SELECT a.code AS unit_code, report_unit_label(a.kind, a.name) AS unit_name, a.predecessor_names, a.predecessors,
           a.valid_from, a.seq, a.indicator_name,
           CASE WHEN n.denominator > 0 THEN 100 * n.numerator / n.denominator END AS ratio,
           CASE WHEN b.denominator > 0 THEN 100 * b.numerator / b.denominator END AS before_ratio,
           coalesce(b.units, 0) AS before_units
    FROM assigned a
    LEFT JOIN now n ON n.indicator_key = a.indicator_key AND n.unit_key = a.unit_key
    LEFT JOIN before b ON b.code = a.indicator_code AND b.unit_key = a.unit_key
)
SELECT 'Đơn vị' AS row_kind, r.unit_code, r.unit_name,
       r.unit_name || ' (từ ' || report_date_text(r.valid_from) || '; hợp thành từ ' || r.predecessor_names || ')' AS unit_heading,
       r.seq, r.indicator_name,
       coalesce(report_number(r.ratio, 2), 'chưa có số liệu') AS ratio_text,
       coalesce(report_number(r.before_ratio, 2), 'chưa có số liệu') AS before_text,
       r.before_units || '/' || r.predecessors AS before_units_text,
       CASE WHEN r.ratio IS NOT NULL AND r.before_ratio IS NOT NULL
            THEN CASE WHEN round(r.ratio, 2) >= round(r.before_ratio, 2) THEN '+' ELSE '' END
                 || report_number(round(r.ratio, 2) - round(r.before_ratio, 2), 2) END AS change_text,
       NULL AS sentence
FROM row r
UNION ALL
SELECT 'Tổng', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       'So với cùng kỳ năm trước, tính trên tổng số liệu của các đơn vị trước sắp xếp hợp thành mỗi đơn vị ('
       || report_number(count(DISTINCT r.unit_code)) || ' đơn vị hình thành từ sắp xếp đơn vị hành chính): '
       || report_number(count(*) FILTER (WHERE round(r.ratio, 2) > round(r.before_ratio, 2))) || ' lượt chỉ tiêu có tỷ lệ cao hơn, '
       || report_number(count(*) FILTER (WHERE round(r.ratio, 2) < round(r.before_ratio, 2))) || ' lượt thấp hơn, '
       || report_number(count(*) FILTER (WHERE round(r.ratio, 2) = round(r.before_ratio, 2))) || ' lượt bằng, '
       || report_number(count(*) FILTER (WHERE r.ratio IS NULL OR r.before_ratio IS NULL)) || ' lượt chưa đủ số liệu để so sánh.'
FROM row r
HAVING count(*) > 0
ORDER BY unit_code NULLS LAST, seq
