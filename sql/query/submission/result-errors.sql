-- Why a workbook was rejected: every error in the order of its error report.
SELECT sheet, cell, value, rule, message FROM submission_error WHERE submission_key = :key ORDER BY seq
