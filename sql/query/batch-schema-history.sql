-- Version 2 of the schema history as da06 recorded it while Spring Batch's tables came from a Java migration
-- (type JDBC, no checksum) becomes the SQL migration V2__Spring_batch_schema.sql, which creates the same tables.
UPDATE flyway_schema_history
SET type = 'SQL', script = :script, checksum = :checksum
WHERE version = '2' AND type = 'JDBC'
