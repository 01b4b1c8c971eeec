-- Allows an address to send a unit's workbooks.
INSERT INTO mail_sender (unit_code, address) VALUES (:unit, :address) ON CONFLICT DO NOTHING
