-- Locks a month's figures (chốt số liệu); locking a locked month changes nothing. Returns whether it was locked now.
INSERT INTO month_lock (month_key, locked_by) VALUES (:month, :login)
ON CONFLICT (month_key) DO NOTHING
RETURNING true
