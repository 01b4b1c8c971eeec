-- The rows of the baseline template (`da06 baseline template`): every unit that reports an indicator of the plan,
-- with the indicator, in the order of the plan's reports (district offices first, then communes and towns).
-- Parameters: plan.
SELECT u.code AS unit_code, u.name AS unit_name, i.code AS indicator_code, i.name AS indicator_name,
       i.numerator_label, i.denominator_label, i.aggregation
FROM dim_plan p
JOIN dim_indicator i ON i.plan_key = p.plan_key
JOIN v_indicator_unit iu ON iu.indicator_key = i.indicator_key AND iu.plan_key = p.plan_key
JOIN dim_unit u ON u.unit_key = iu.unit_key
WHERE p.code = :plan
ORDER BY i.seq, u.kind IN ('commune', 'town', 'ward'), u.code
