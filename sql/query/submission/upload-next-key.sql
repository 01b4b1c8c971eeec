-- The number of the next upload, drawn before its file is named (the inbox name carries it).
SELECT nextval(pg_get_serial_sequence('web_upload', 'upload_key'))
