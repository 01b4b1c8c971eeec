-- Allows an address from units.csv (column mail) to send the unit's workbooks by e-mail.
INSERT INTO mail_sender (unit_code, address) VALUES (:unit, :address) ON CONFLICT DO NOTHING
