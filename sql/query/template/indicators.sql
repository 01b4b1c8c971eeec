-- The indicator rows of a unit's workbook for a month: every indicator of the plan the unit reports (unit groups
-- expanded), in plan order, with the unit's latest accepted numerator and denominator from an earlier month.
SELECT i.code, i.name, i.numerator_label, i.denominator_label, i.target_pct, i.aggregation, i.direction,
       prev.month_key   AS prev_month_key,
       prev.numerator   AS prev_numerator,
       prev.denominator AS prev_denominator
FROM v_indicator_unit iu
JOIN dim_indicator i ON i.indicator_key = iu.indicator_key
LEFT JOIN LATERAL (
    SELECT f.month_key, f.numerator, f.denominator
    FROM v_current_indicator_value f
    JOIN dim_month m ON m.month_key = f.month_key
    WHERE f.unit_key = iu.unit_key
      AND f.indicator_key = i.indicator_key
      AND m.first_day < :first_day
    ORDER BY m.first_day DESC
    LIMIT 1) prev ON true
WHERE iu.unit_key = :unit_key
  AND iu.plan_key = :plan_key
ORDER BY i.seq
