-- The errors recorded for a rejected submission, in the order of its error report.
SELECT sheet, cell, value, rule, message FROM submission_error WHERE submission_key = :key ORDER BY seq
