-- The latest lines of the audit log, newest first.
SELECT at, login, action, unit_code, detail, remote_address
FROM audit_log
ORDER BY at DESC, audit_key DESC
LIMIT :limit
