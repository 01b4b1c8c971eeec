-- Every portal account, by role then login (never the password hash).
SELECT login, role, unit_code, enabled, failed_logins, locked_until, created_at, last_login_at
FROM app_user
ORDER BY CASE role WHEN 'admin' THEN 0 WHEN 'staff' THEN 1 WHEN 'leader' THEN 2 ELSE 3 END, unit_code NULLS FIRST, login
