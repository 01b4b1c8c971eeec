-- The attachments of a message, in order.
SELECT position, file_name, file_hash, unit_code, month, outcome, inbox_name, submission_key
FROM mail_attachment WHERE message_key = :message ORDER BY position
