-- The indicator table: each target of the plan for the district over the period, against its target; the change
-- since the previous period (months prev_first..prev_last) twice: plain (all units of each period) and like for like
-- (only the units with figures in both periods), so that a unit missing from one period does not pass for progress;
-- the same period last year when known (fact_indicator_baseline, else the warehouse's own figures of last year's
-- plan, matched by indicator code). An indicator whose units do not add up (combine = 'per_unit', e.g. each
-- commune's own list of procedures) has no district figure: it counts the units that meet the target, and is met
-- when every unit that must report it does. A total row ("Tổng") ends the table with the counts its sentence states.
-- Ratios are computed unrounded and rounded once, where printed.
-- Parameters: plan, first_month, last_month, prev_first, prev_last (YYYYMM), period_label, previous_label,
-- last_year_code (e.g. 2023-H1), last_year_first, last_year_last (YYYYMM).
WITH plan AS (
    SELECT plan_key FROM dim_plan WHERE code = :plan
), assigned AS (
    SELECT iu.indicator_key, iu.unit_key
    FROM plan
    JOIN v_indicator_unit iu ON iu.plan_key = plan.plan_key
    JOIN dim_unit u ON u.unit_key = iu.unit_key
    JOIN dim_month m ON m.month_key = :last_month
    WHERE u.valid_from <= m.last_day AND (u.valid_to IS NULL OR u.valid_to >= m.first_day)
), cur AS (
    SELECT v.* FROM plan, report_indicator_unit(plan.plan_key, :first_month, :last_month) v WHERE v.denominator > 0
), prev AS (
    SELECT v.* FROM plan, report_indicator_unit(plan.plan_key, :prev_first, :prev_last) v WHERE v.denominator > 0
), both_periods AS (
    SELECT c.indicator_key, sum(c.numerator) AS cur_num, sum(c.denominator) AS cur_den,
           sum(p.numerator) AS prev_num, sum(p.denominator) AS prev_den, count(*) AS units
    FROM cur c JOIN prev p ON p.indicator_key = c.indicator_key AND p.unit_key = c.unit_key
    GROUP BY c.indicator_key
), last_year_units AS (
    SELECT b.indicator_code, b.unit_key, b.numerator, b.denominator
    FROM fact_indicator_baseline b
    WHERE b.period_code = :last_year_code AND b.denominator > 0
    UNION ALL
    SELECT li.code, v.unit_key, v.numerator, v.denominator
    FROM dim_plan lp
    JOIN dim_indicator li ON li.plan_key = lp.plan_key
    CROSS JOIN LATERAL report_indicator_unit(lp.plan_key, :last_year_first, :last_year_last) v
    WHERE lp.year = (SELECT year FROM dim_plan WHERE code = :plan) - 1 AND v.indicator_key = li.indicator_key
      AND v.denominator > 0
      AND NOT EXISTS (SELECT 1 FROM fact_indicator_baseline b WHERE b.period_code = :last_year_code)
), last_year AS (
    SELECT indicator_code, sum(numerator) AS numerator, sum(denominator) AS denominator
    FROM last_year_units GROUP BY indicator_code
), unit_sets AS (
    SELECT a.indicator_key,
           count(*) AS expected,
           count(c.unit_key) AS reported,
           count(p.unit_key) AS prev_reported,
           count(*) FILTER (WHERE c.unit_key IS NOT NULL
                            AND report_achieved(100 * c.numerator / c.denominator, i.target_pct, i.direction)) AS units_met,
           array_agg(report_unit_label(u.kind, u.name) ORDER BY u.kind IN ('commune', 'town', 'ward'), u.code)
               FILTER (WHERE c.unit_key IS NULL) AS missing_names,
           bool_or((c.unit_key IS NULL) <> (p.unit_key IS NULL)) AS sets_differ
    FROM assigned a
    JOIN dim_indicator i ON i.indicator_key = a.indicator_key
    JOIN dim_unit u ON u.unit_key = a.unit_key
    LEFT JOIN cur c ON c.indicator_key = a.indicator_key AND c.unit_key = a.unit_key
    LEFT JOIN prev p ON p.indicator_key = a.indicator_key AND p.unit_key = a.unit_key
    GROUP BY a.indicator_key
), row AS (
    SELECT i.seq, i.code, i.name, i.unit_noun, i.combine, i.target_pct, i.direction, i.aggregation,
           CASE i.aggregation WHEN 'stock' THEN 'Số cuối kỳ' ELSE 'Cộng dồn trong kỳ' END AS aggregation_label,
           CASE WHEN i.combine = 'sum' THEN d.numerator END AS numerator,
           CASE WHEN i.combine = 'sum' THEN d.denominator END AS denominator,
           CASE WHEN i.combine = 'sum' AND d.denominator > 0 THEN 100 * d.numerator / d.denominator END AS ratio,
           CASE WHEN i.combine = 'sum' AND pd.denominator > 0 THEN 100 * pd.numerator / pd.denominator END AS previous_ratio,
           CASE WHEN i.combine = 'sum' AND b.units > 0 AND b.cur_den > 0 AND b.prev_den > 0
                THEN 100 * b.cur_num / b.cur_den - 100 * b.prev_num / b.prev_den END AS like_change,
           b.units AS common_units,
           CASE WHEN i.combine = 'sum' AND ly.denominator > 0 THEN 100 * ly.numerator / ly.denominator END AS last_year_ratio,
           coalesce(us.expected, 0) AS expected, coalesce(us.reported, 0) AS reported,
           coalesce(us.prev_reported, 0) AS prev_reported, coalesce(us.units_met, 0) AS units_met,
           us.missing_names, coalesce(us.sets_differ, false) AS sets_differ
    FROM plan
    JOIN dim_indicator i ON i.plan_key = plan.plan_key
    JOIN report_indicator_district(plan.plan_key, :first_month, :last_month) d ON d.indicator_key = i.indicator_key
    JOIN report_indicator_district(plan.plan_key, :prev_first, :prev_last) pd ON pd.indicator_key = i.indicator_key
    LEFT JOIN both_periods b ON b.indicator_key = i.indicator_key
    LEFT JOIN last_year ly ON ly.indicator_code = i.code
    LEFT JOIN unit_sets us ON us.indicator_key = i.indicator_key
), judged AS (
    SELECT r.*,
           round(r.ratio, 2) AS ratio_pct,
           CASE WHEN r.combine = 'per_unit'
                THEN CASE WHEN r.reported = 0 THEN NULL ELSE r.units_met = r.expected END
                ELSE report_achieved(round(r.ratio, 2), r.target_pct, r.direction) END AS achieved
    FROM row r
)
SELECT 'Chỉ tiêu' AS row_kind, j.seq, j.code, j.name, j.unit_noun, j.combine, j.target_pct, j.aggregation_label,
       j.numerator, j.denominator, j.ratio_pct, j.achieved,
       CASE WHEN j.combine = 'per_unit' THEN report_number(j.units_met) || '/' || report_number(j.reported) || ' đơn vị đạt'
            WHEN j.ratio IS NULL THEN 'chưa có số liệu'
            ELSE report_number(j.ratio, 2) END AS ratio_text,
       CASE j.achieved WHEN true THEN 'Đạt' WHEN false THEN 'Chưa đạt' ELSE 'Chưa có số liệu' END AS assessment,
       report_number(j.reported) || '/' || report_number(j.expected) || CASE WHEN j.sets_differ THEN '*' ELSE '' END AS units_text,
       round(j.ratio, 2) - round(j.previous_ratio, 2) AS change_pct,
       CASE WHEN j.ratio IS NULL OR j.previous_ratio IS NULL THEN '–'
            ELSE CASE WHEN round(j.ratio, 2) >= round(j.previous_ratio, 2) THEN '+' ELSE '' END
                 || report_number(round(j.ratio, 2) - round(j.previous_ratio, 2), 2) END AS change_text,
       round(j.like_change, 2) AS like_change_pct,
       CASE WHEN j.like_change IS NULL THEN '–'
            ELSE CASE WHEN round(j.like_change, 2) >= 0 THEN '+' ELSE '' END || report_number(j.like_change, 2) END
           AS like_change_text,
       round(j.last_year_ratio, 2) AS last_year_pct,
       CASE WHEN j.last_year_ratio IS NULL THEN '–' ELSE report_number(j.last_year_ratio, 2) END AS last_year_text,
       CASE WHEN j.sets_differ THEN
           j.seq || '. ' || j.name || ': ' || :period_label || ' có ' || report_number(j.reported) || '/'
           || report_number(j.expected) || ' đơn vị có số liệu, ' || :previous_label || ' có '
           || report_number(j.prev_reported) || '/' || report_number(j.expected)
           || CASE WHEN j.combine = 'sum' THEN '; thay đổi cùng đơn vị tính trên ' || report_number(coalesce(j.common_units, 0))
                   || ' đơn vị có số liệu ở cả hai kỳ' ELSE '' END
           -- A rolled-up report names at most :listed of the units without figures and counts the others.
           || CASE WHEN j.missing_names IS NOT NULL THEN '; chưa có số liệu: '
                   || array_to_string(j.missing_names[1:(:listed)], ', ')
                   || CASE WHEN cardinality(j.missing_names) > :listed
                           THEN ' và ' || report_number(cardinality(j.missing_names) - :listed) || ' đơn vị khác' ELSE '' END
              ELSE '' END || '.'
       END AS note,
       NULL AS sentence
FROM judged j
UNION ALL
SELECT 'Tổng', 99, '', 'Tổng cộng: ' || count(*) || ' chỉ tiêu', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       count(*) FILTER (WHERE j.achieved) || ' đạt; ' || count(*) FILTER (WHERE NOT j.achieved) || ' chưa đạt'
       || CASE WHEN count(*) FILTER (WHERE j.achieved IS NULL) > 0
               THEN '; ' || count(*) FILTER (WHERE j.achieved IS NULL) || ' chưa có số liệu' ELSE '' END,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       NULL,
       'Kết quả ' || :period_label || ': ' || count(*) FILTER (WHERE j.achieved) || '/' || count(*)
       || ' chỉ tiêu đạt mục tiêu, ' || count(*) FILTER (WHERE NOT j.achieved) || ' chỉ tiêu chưa đạt'
       || CASE WHEN count(*) FILTER (WHERE j.achieved IS NULL) > 0
               THEN ', ' || count(*) FILTER (WHERE j.achieved IS NULL) || ' chỉ tiêu chưa có số liệu' ELSE '' END
       || '.'
FROM judged j
ORDER BY seq
