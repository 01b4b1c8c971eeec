-- The addresses allowed for a unit.
SELECT address FROM mail_sender WHERE unit_code = :unit ORDER BY address
