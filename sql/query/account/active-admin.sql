-- Whether any enabled administrator account exists (serve refuses to start without one).
SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'admin' AND enabled)
