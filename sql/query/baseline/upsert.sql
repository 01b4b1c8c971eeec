-- One unit's figures of an indicator over a previous year's period (`da06 baseline import`); a later import of the
-- same period, indicator and unit replaces them.
INSERT INTO fact_indicator_baseline (period_code, indicator_code, unit_key, numerator, denominator, source_file, source_cell)
VALUES (:period, :indicator, :unit, :numerator, :denominator, :file, :cell)
ON CONFLICT (period_code, indicator_code, unit_key) DO UPDATE
SET numerator = excluded.numerator, denominator = excluded.denominator, source_file = excluded.source_file,
    source_cell = excluded.source_cell, loaded_at = now()
