-- A submission replaced by a later one for the same unit and month.
UPDATE fact_submission SET status = 'superseded', superseded_by = :new WHERE submission_key = :old
