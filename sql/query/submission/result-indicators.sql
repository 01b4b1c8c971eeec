-- The indicator values a workbook loaded, in the plan's order.
SELECT i.code, i.name, f.numerator, f.denominator, f.note, f.source_cell
FROM fact_indicator_value f
JOIN dim_indicator i ON i.indicator_key = f.indicator_key
WHERE f.submission_key = :key
ORDER BY i.seq
