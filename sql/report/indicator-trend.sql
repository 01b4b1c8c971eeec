-- Month by month district ratio of each indicator over the period: for each month, the figure the monthly report
-- of that month gives. Parameters: plan, first_month, last_month (YYYYMM).
SELECT i.seq, i.code, i.name, i.target_pct, m.month_key, lpad(m.month::text, 2, '0') AS month_label, d.ratio_pct
FROM dim_plan pl
JOIN dim_indicator i ON i.plan_key = pl.plan_key
JOIN dim_month m ON m.month_key BETWEEN :first_month AND :last_month
CROSS JOIN LATERAL report_indicator_district(pl.plan_key, m.month_key, m.month_key) d
WHERE pl.code = :plan AND d.indicator_key = i.indicator_key
ORDER BY i.seq, m.month_key
