-- Whether a role exists (creating the embedded server's role again after an interrupted set-up).
SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)
