-- A message read before, by its Message-ID: its key and status (fetched, done, ignored).
SELECT message_key, status FROM mail_message WHERE message_id = :messageId
