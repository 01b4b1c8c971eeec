-- A workbook uploaded through the portal into a unit's inbox folder.
INSERT INTO web_upload (upload_key, login, unit_code, on_behalf, original_name, inbox_name, file_size)
VALUES (:key, :login, :unit, :onBehalf, :original, :inboxName, :size)
