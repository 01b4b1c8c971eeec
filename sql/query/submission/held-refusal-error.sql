-- The error a refused held workbook carries, as the import records errors.
INSERT INTO submission_error (submission_key, seq, sheet, cell, value, rule, message)
VALUES (:key, 1, NULL, NULL, NULL, 'MONTH_LOCKED_REFUSED', :message)
