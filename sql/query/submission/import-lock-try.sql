-- Takes the import lock if free (true) without waiting. Positional parameter: the lock's name.
SELECT pg_try_advisory_lock(hashtext(?))
