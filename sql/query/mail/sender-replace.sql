-- Forgets the addresses a unit was allowed to send from (before `da06 unit mail` sets the new ones).
DELETE FROM mail_sender WHERE unit_code = :unit
