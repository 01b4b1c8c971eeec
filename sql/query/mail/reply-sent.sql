-- The mail server accepted a reply.
UPDATE mail_reply SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE reply_key = :key
