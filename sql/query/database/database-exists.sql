-- Whether a database exists (the embedded server's database, created once by sql/grants.sql).
SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = ?)
