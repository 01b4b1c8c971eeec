-- Indicators of the plan that did not meet their target over the period, or have no data, in plan order, for the
-- list in section II of the reviews; the last one is flagged so the list ends with a full stop.
-- Parameters: plan, first_month, last_month (YYYYMM).
SELECT i.seq, i.code, i.name, i.target_pct, d.ratio_pct,
       CASE d.achieved WHEN false THEN 'Chưa đạt' ELSE 'Chưa có số liệu' END AS assessment,
       row_number() OVER (ORDER BY i.seq) = count(*) OVER () AS last
FROM dim_plan pl
JOIN dim_indicator i ON i.plan_key = pl.plan_key
JOIN report_indicator_district(pl.plan_key, :first_month, :last_month) d ON d.indicator_key = i.indicator_key
WHERE pl.code = :plan AND d.achieved IS NOT TRUE
ORDER BY i.seq
