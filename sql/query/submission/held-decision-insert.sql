-- A staff decision on a held workbook, with the file move it needs (done_at set once the file is moved).
INSERT INTO held_decision (submission_key, decision, decided_by, from_path, to_path)
VALUES (:key, :decision, :login, :from, :to)
