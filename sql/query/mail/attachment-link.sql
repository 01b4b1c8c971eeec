-- Links an attachment to the submission the import recorded for it.
UPDATE mail_attachment SET submission_key = :submission WHERE message_key = :message AND position = :position
