-- A refused held workbook becomes a rejected one (the refusal is its one error); its file goes to the rejected folder.
UPDATE fact_submission
SET status = 'rejected', error_count = 1, stored_path = :stored, moved_at = NULL
WHERE submission_key = :key AND status = 'held'
