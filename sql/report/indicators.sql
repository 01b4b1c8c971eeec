-- The indicator table: each indicator of the plan for the district over the period, against its target, with the
-- change in percentage points since the previous period (months prev_first..prev_last).
-- Parameters: plan, first_month, last_month, prev_first, prev_last (YYYYMM).
SELECT i.seq, i.code, i.name, i.target_pct, i.aggregation,
       CASE i.aggregation WHEN 'stock' THEN 'Số cuối kỳ' ELSE 'Cộng dồn trong kỳ' END AS aggregation_label,
       d.numerator, d.denominator, d.ratio_pct, d.achieved, d.units,
       CASE d.achieved WHEN true THEN 'Đạt' WHEN false THEN 'Chưa đạt' ELSE 'Chưa có số liệu' END AS assessment,
       p.ratio_pct AS previous_ratio_pct,
       d.ratio_pct - p.ratio_pct AS change_pct
FROM dim_plan pl
JOIN dim_indicator i ON i.plan_key = pl.plan_key
JOIN report_indicator_district(pl.plan_key, :first_month, :last_month) d ON d.indicator_key = i.indicator_key
JOIN report_indicator_district(pl.plan_key, :prev_first, :prev_last) p ON p.indicator_key = i.indicator_key
WHERE pl.code = :plan
ORDER BY i.seq
