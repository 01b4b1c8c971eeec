-- Submissions replaced by later ones of the same chunk: :old[i] is superseded by :new[i].
UPDATE fact_submission f
SET status = 'superseded', superseded_by = s.new_key
FROM unnest(CAST(:old AS bigint[]), CAST(:new AS bigint[])) AS s (old_key, new_key)
WHERE f.submission_key = s.old_key
