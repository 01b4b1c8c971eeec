-- One indicator row of an accepted workbook. Positional parameters (batched): submission_key, indicator_key,
-- unit_key, month_key, numerator, denominator, note, source_cell, denominator_cell.
INSERT INTO fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator, denominator, note,
                                  source_cell, denominator_cell)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
