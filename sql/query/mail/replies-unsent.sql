-- Mail still to send, oldest first.
SELECT reply_key, recipient, subject, body, in_reply_to, message_refs, attachments
FROM mail_reply WHERE sent_at IS NULL ORDER BY reply_key
