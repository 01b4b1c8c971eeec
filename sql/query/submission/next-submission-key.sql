-- A new submission key, drawn before the row is written so that a superseded submission can point at it.
SELECT nextval(pg_get_serial_sequence('fact_submission', 'submission_key'))
