-- What signing in needs of one account: its password hash, role, unit and whether it may sign in now.
SELECT login, password_hash, role, unit_code, enabled, failed_logins, locked_until, created_at, last_login_at
FROM app_user
WHERE login = :login
