-- Year-end forecast of each target for the half-year review: the district's ratio of each month of the period
-- (as the monthly reports give it) fitted with a straight line by least squares (month number against ratio), and
-- the line read at December, kept within 0-100 %. On track when that meets the target; at risk otherwise; no
-- forecast with fewer than 3 months of figures, or for an indicator without a district figure (combine = 'per_unit').
-- Parameters: plan, first_month, last_month (YYYYMM).
WITH monthly AS (
    SELECT i.indicator_key, m.month, 100 * d.numerator / d.denominator AS ratio
    FROM dim_plan pl
    JOIN dim_indicator i ON i.plan_key = pl.plan_key
    JOIN dim_month m ON m.month_key BETWEEN :first_month AND :last_month
    CROSS JOIN LATERAL report_indicator_district(pl.plan_key, m.month_key, m.month_key) d
    WHERE pl.code = :plan AND d.indicator_key = i.indicator_key AND d.denominator > 0 AND i.combine = 'sum'
), fitted AS (
    SELECT indicator_key, count(*) AS months, max(month) AS last_month,
           regr_slope(ratio, month)::numeric AS slope, regr_intercept(ratio, month)::numeric AS intercept
    FROM monthly GROUP BY indicator_key
), projected AS (
    SELECT i.seq, i.name, i.target_pct, i.direction, i.combine, f.months, f.slope, report_area_word(pu.kind) AS area,
           CASE WHEN f.months >= 3 THEN greatest(0, least(100, f.intercept + 12 * f.slope)) END AS forecast,
           (SELECT ratio FROM monthly x WHERE x.indicator_key = i.indicator_key AND x.month = f.last_month) AS latest
    FROM dim_plan pl
    LEFT JOIN dim_unit pu ON pu.unit_key = pl.district_unit_key
    JOIN dim_indicator i ON i.plan_key = pl.plan_key
    LEFT JOIN fitted f ON f.indicator_key = i.indicator_key
    WHERE pl.code = :plan
)
SELECT p.seq, p.name, p.target_pct,
       CASE WHEN p.latest IS NULL THEN '–' ELSE report_number(p.latest, 2) END AS latest_text,
       CASE WHEN p.forecast IS NULL THEN '–'
            ELSE CASE WHEN p.slope >= 0 THEN '+' ELSE '' END || report_number(p.slope, 2) END AS slope_text,
       CASE WHEN p.forecast IS NULL THEN '–' ELSE report_number(p.forecast, 2) END AS forecast_text,
       CASE WHEN p.combine = 'per_unit' THEN 'Không cộng toàn ' || p.area || '; theo dõi từng đơn vị'
            WHEN p.forecast IS NULL THEN 'Chưa đủ số liệu để dự báo'
            WHEN report_achieved(round(p.forecast, 2), p.target_pct, p.direction) THEN 'Có khả năng đạt'
            ELSE 'Có nguy cơ không đạt' END AS outlook
FROM projected p
ORDER BY p.seq
