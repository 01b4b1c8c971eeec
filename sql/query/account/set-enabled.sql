-- Disables or re-enables an account; re-enabling also lifts a lock-out.
UPDATE app_user
SET enabled = :enabled,
    failed_logins = CASE WHEN :enabled THEN 0 ELSE failed_logins END,
    locked_until = CASE WHEN :enabled THEN NULL ELSE locked_until END
WHERE login = :login
