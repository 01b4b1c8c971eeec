-- A failed sign-in (wrong password): the max-th in a row locks the account for a while and starts the count again.
-- Returns whether this failure locked it.
UPDATE app_user
SET failed_logins = CASE WHEN failed_logins + 1 >= :max THEN 0 ELSE failed_logins + 1 END,
    locked_until  = CASE WHEN failed_logins + 1 >= :max THEN now() + make_interval(secs => :seconds) ELSE locked_until END
WHERE login = :login
RETURNING locked_until IS NOT NULL AND locked_until > now()
