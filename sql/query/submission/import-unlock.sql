-- Releases the import lock. Positional parameter: the lock's name.
SELECT pg_advisory_unlock(hashtext(?))
