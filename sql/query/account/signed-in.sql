-- A successful sign-in: the count of failed ones starts again.
UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE login = :login
