-- The unit's current (accepted) submission for the month, locked until the recording transaction ends.
SELECT submission_key, received_at
FROM fact_submission
WHERE unit_key = :unit AND month_key = :month AND status = 'accepted'
FOR UPDATE
