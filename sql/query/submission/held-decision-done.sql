-- The file of a decision has been moved.
UPDATE held_decision SET done_at = now() WHERE submission_key = :key
