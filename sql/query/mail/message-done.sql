-- A message imported and answered (its answer queued in the same transaction).
UPDATE mail_message SET status = 'done', done_at = now(), eml_path = :eml WHERE message_key = :message
