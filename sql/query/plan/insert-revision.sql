-- A load of the plan that changed something; returns its key.
INSERT INTO plan_revision (plan_key, revision_no, content_hash, source)
VALUES (:plan, :no, :hash, :source)
RETURNING revision_key
