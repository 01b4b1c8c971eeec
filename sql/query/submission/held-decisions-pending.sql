-- Decisions whose file move was not done (the process stopped between the decision and the move).
SELECT submission_key, decision, from_path, to_path FROM held_decision WHERE done_at IS NULL ORDER BY decided_at
