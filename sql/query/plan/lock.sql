-- Serialises loads of the same plan (two `da06 plan import` at once): a lock held until the load's transaction ends.
SELECT pg_advisory_xact_lock(hashtext('da06-plan:' || :code))
