-- The units an address may send workbooks for.
SELECT unit_code FROM mail_sender WHERE address = :address ORDER BY unit_code
