-- Takes the import lock, waiting for the session holding it to release it. Positional parameter: the lock's name.
SELECT pg_advisory_lock(hashtext(?)) IS NOT NULL
