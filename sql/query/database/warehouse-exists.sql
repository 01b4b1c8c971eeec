-- Whether the warehouse table (migration V12) exists yet.
SELECT to_regclass('warehouse') IS NOT NULL
