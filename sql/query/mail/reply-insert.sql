-- Queues a mail to send; a reminder or notice already queued for the same unit, month and recipient is not queued
-- again, nor a second answer to one message. Returns the key, or nothing when it was already there.
INSERT INTO mail_reply (message_key, kind, unit_code, month_key, recipient, subject, body, in_reply_to, message_refs,
                        attachments)
VALUES (:message, :kind, :unit, :month, :recipient, :subject, :body, :inReplyTo, :refs, :attachments)
ON CONFLICT DO NOTHING
RETURNING reply_key
