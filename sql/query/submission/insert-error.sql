-- One reason a workbook was rejected. Positional parameters (batched): submission_key, seq, sheet, cell, value,
-- rule, message.
INSERT INTO submission_error (submission_key, seq, sheet, cell, value, rule, message)
VALUES (?, ?, ?, ?, ?, ?, ?)
