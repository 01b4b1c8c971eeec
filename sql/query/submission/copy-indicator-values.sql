-- The indicator rows of a chunk's accepted workbooks, one CSV record each (an unquoted empty field is NULL).
COPY fact_indicator_value (submission_key, indicator_key, unit_key, month_key, numerator, denominator, note,
                           source_cell, denominator_cell)
FROM STDIN (FORMAT csv)
