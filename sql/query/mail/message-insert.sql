-- Records a message read from the mailbox; returns its key. Status: fetched (its workbooks go to the import) or
-- ignored (nothing to do).
INSERT INTO mail_message (message_id, sender, subject, received_at, status)
VALUES (:messageId, :sender, :subject, :receivedAt, :status)
RETURNING message_key
