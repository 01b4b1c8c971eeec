-- Sending a reply failed; it stays queued.
UPDATE mail_reply SET attempts = attempts + 1, last_error = :error WHERE reply_key = :key
