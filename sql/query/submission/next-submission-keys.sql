-- :count new submission keys at once (a chunk's worth), drawn before the rows are written so that a superseded
-- submission can point at its successor.
SELECT nextval(pg_get_serial_sequence('fact_submission', 'submission_key'))
FROM generate_series(1, :count)
