-- The first statement of a second connection's REPEATABLE READ transaction: it then sees what the fill's
-- transaction sees (export-snapshot.sql). The snapshot's name is put in place of :snapshot as a quoted literal:
-- SET TRANSACTION SNAPSHOT takes no bind parameter.
SET TRANSACTION SNAPSHOT :snapshot
