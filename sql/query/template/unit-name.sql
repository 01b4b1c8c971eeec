-- The name of the unit with this code (any case) in the month, to explain why it has no workbook.
SELECT name
FROM dim_unit
WHERE upper(code) = upper(:code)
  AND valid_from <= :last_day AND (valid_to IS NULL OR valid_to >= :first_day)
