-- The current (accepted) submissions of a chunk's units and months (pairs :units[i], :months[i]), locked until the
-- recording transaction ends.
SELECT f.unit_key, f.month_key, f.submission_key, f.received_at
FROM fact_submission f
JOIN unnest(CAST(:units AS integer[]), CAST(:months AS integer[])) AS w (unit_key, month_key)
  ON f.unit_key = w.unit_key AND f.month_key = w.month_key
WHERE f.status = 'accepted'
FOR UPDATE OF f
