-- Takes the lock that marks one job run in progress (job name, run key), if no session holds it; answers whether it did.
-- Session-level: held until unlocked or until the session ends (the server releases it when the process dies).
SELECT pg_try_advisory_lock(hashtext(?), hashtext(?))
