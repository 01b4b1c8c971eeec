-- Releases the lock taken by run-lock-try.sql (job name, run key).
SELECT pg_advisory_unlock(hashtext(?), hashtext(?))
