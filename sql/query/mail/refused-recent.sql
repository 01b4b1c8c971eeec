-- Workbooks sent by e-mail that were not imported because the sender may not send for the unit on their marker
-- (or for any unit), latest first: for staff (`da06 status`).
SELECT m.received_at, m.sender, a.unit_code, a.file_name
FROM mail_attachment a JOIN mail_message m USING (message_key)
WHERE a.outcome = 'sender_refused'
ORDER BY m.received_at DESC
LIMIT :limit
