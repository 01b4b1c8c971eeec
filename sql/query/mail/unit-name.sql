-- The name of a unit code in a month (a code can name another unit after a merger); without a month, its latest.
SELECT name FROM dim_unit
WHERE code = :code
ORDER BY (CAST(:on AS date) IS NOT NULL AND valid_from <= CAST(:on AS date)
          AND (valid_to IS NULL OR valid_to >= CAST(:on AS date))) DESC, valid_from DESC
LIMIT 1
