-- One line of the audit log.
INSERT INTO audit_log (login, action, unit_code, detail, remote_address)
VALUES (:login, :action, :unit, :detail, :address)
