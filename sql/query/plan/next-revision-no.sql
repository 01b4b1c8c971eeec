-- The number the plan's next revision takes (1 for its first load).
SELECT coalesce(max(revision_no), 0) + 1 FROM plan_revision WHERE plan_key = :plan
