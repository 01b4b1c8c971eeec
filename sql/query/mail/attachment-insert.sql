-- Records one attachment of a message and what was done with it.
INSERT INTO mail_attachment (message_key, position, file_name, file_hash, unit_code, month, outcome, inbox_name)
VALUES (:message, :position, :name, :hash, :unit, :month, :outcome, :inboxName)
