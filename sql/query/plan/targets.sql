-- The targets of a plan (section II "Mục tiêu"), in order, with what they count, how units combine and who reports
-- them. Used by `da06 plan show`.
SELECT i.seq, i.code, i.name, i.target_pct, i.direction, i.aggregation, i.combine, i.unit_noun, i.reporters_text
FROM dim_indicator i
JOIN dim_plan p ON p.plan_key = i.plan_key
WHERE p.code = :plan
ORDER BY i.seq
