-- Whether Flyway's schema history exists: without it, the database is new (nothing was ever migrated into it).
SELECT to_regclass('flyway_schema_history') IS NOT NULL
