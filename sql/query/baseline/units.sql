-- Units by code as they were in a year (a code reused after a merger names another unit later): for
-- `da06 baseline import`. Parameters: year.
SELECT DISTINCT ON (u.code) u.code, u.unit_key
FROM dim_unit u
WHERE u.valid_from <= make_date(:year, 12, 31) AND (u.valid_to IS NULL OR u.valid_to >= make_date(:year, 1, 1))
ORDER BY u.code, u.valid_from DESC
