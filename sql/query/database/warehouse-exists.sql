-- Whether the warehouse table (migration V10) exists yet.
SELECT to_regclass('warehouse') IS NOT NULL
