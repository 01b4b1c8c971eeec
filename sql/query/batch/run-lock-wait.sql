-- Takes the lock of run-lock-try.sql (job name, run key), waiting for the session holding it to release it.
SELECT pg_advisory_lock(hashtext(?), hashtext(?)) IS NOT NULL
