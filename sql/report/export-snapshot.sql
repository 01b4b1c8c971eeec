-- The report fill's snapshot, named so that a second connection can read the very same state of the warehouse
-- (SharedSnapshot: the data sheets stream on it while the document's queries run on the first).
SELECT pg_export_snapshot()
