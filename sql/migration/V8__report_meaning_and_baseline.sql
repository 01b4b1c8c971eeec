-- What reviews need beyond the figures: how each indicator's units combine and what they count, the grounds
-- ("Căn cứ") and recipients ("Nơi nhận") of the plan, and the previous year's figures that reviews compare with.

ALTER TABLE dim_indicator
    ADD COLUMN unit_noun text NOT NULL DEFAULT 'trường hợp',
    ADD COLUMN combine   text NOT NULL DEFAULT 'sum' CHECK (combine IN ('sum', 'per_unit'));
COMMENT ON COLUMN dim_indicator.unit_noun IS 'What numerator and denominator count, as a Vietnamese noun (hồ sơ, thủ tục, người...).';
COMMENT ON COLUMN dim_indicator.combine IS 'sum: the district figure adds the units'' numerators and denominators; per_unit: no district sum (each unit counts the same things, e.g. its list of procedures), reports show each unit.';

ALTER TABLE dim_plan
    ADD COLUMN grounds    text[] NOT NULL DEFAULT '{}',
    ADD COLUMN recipients text[] NOT NULL DEFAULT '{}';
COMMENT ON COLUMN dim_plan.grounds IS 'Documents a report is based on ("Căn cứ ..."), in order, without the leading "Căn cứ".';
COMMENT ON COLUMN dim_plan.recipients IS 'Recipients of the district''s reports ("Nơi nhận"), without the leading dash and trailing semicolon.';

CREATE TABLE fact_indicator_baseline (
    baseline_key      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_code       text          NOT NULL CHECK (period_code ~ '^\d{4}(-H1)?$'),
    indicator_code    text          NOT NULL,
    unit_key          integer       NOT NULL REFERENCES dim_unit,
    numerator         numeric(14, 2) NOT NULL CHECK (numerator >= 0),
    denominator       numeric(14, 2) NOT NULL CHECK (denominator >= 0),
    source_file       text          NOT NULL,
    source_cell       text          NOT NULL,
    loaded_at         timestamptz   NOT NULL DEFAULT now(),
    UNIQUE (period_code, indicator_code, unit_key),
    CHECK (numerator <= denominator)
);
COMMENT ON TABLE  fact_indicator_baseline IS 'A previous year''s indicator figures per unit, loaded by `da06 baseline import` (years before the warehouse): reviews show them as the same period last year.';
COMMENT ON COLUMN fact_indicator_baseline.baseline_key IS 'Surrogate key.';
COMMENT ON COLUMN fact_indicator_baseline.period_code IS 'Period the figures cover: 2023-H1 (six months) or 2023 (the year), as report periods are written.';
COMMENT ON COLUMN fact_indicator_baseline.indicator_code IS 'Indicator code (CT01 ...): last year''s indicator is matched to this year''s by its code.';
COMMENT ON COLUMN fact_indicator_baseline.unit_key IS 'The unit the figures are of.';
COMMENT ON COLUMN fact_indicator_baseline.numerator IS 'Tử số over the period (a stock: at its end; a flow: summed over it).';
COMMENT ON COLUMN fact_indicator_baseline.denominator IS 'Mẫu số over the period; 0 means no data.';
COMMENT ON COLUMN fact_indicator_baseline.source_file IS 'Workbook the row was loaded from.';
COMMENT ON COLUMN fact_indicator_baseline.source_cell IS 'Sheet and row it was read from, e.g. Số liệu năm trước!A7.';
COMMENT ON COLUMN fact_indicator_baseline.loaded_at IS 'When the row was (last) loaded; a later import of the same period, indicator and unit replaces it.';
