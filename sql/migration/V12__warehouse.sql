-- The warehouse itself: an identity written once, when the database is created, and kept in the da06 home as well
-- (<home>/warehouse-id). A database whose identity is not the home's, or a new database beside a home that holds
-- imported files, is a lost or mixed-up warehouse: da06 refuses to start on it rather than fill an empty one.
CREATE TABLE warehouse (
    one                    boolean PRIMARY KEY DEFAULT true CHECK (one),
    id                     uuid NOT NULL UNIQUE,
    created_at             timestamptz NOT NULL DEFAULT now(),
    migrations_fingerprint text
);
COMMENT ON TABLE  warehouse IS 'This warehouse: one row, its identity and the migrations last applied.';
COMMENT ON COLUMN warehouse.one IS 'Always true: the table holds one row.';
COMMENT ON COLUMN warehouse.id IS 'Identity of the warehouse, generated when its database was created; also in <da06 home>/warehouse-id.';
COMMENT ON COLUMN warehouse.created_at IS 'When the warehouse (its identity) was created.';
COMMENT ON COLUMN warehouse.migrations_fingerprint IS
    'Digest of the migrations last applied in full (null: unknown); when the code''s match, da06 starts without migrating.';

-- gen_random_uuid() draws from the server's strong random source.
INSERT INTO warehouse (id) VALUES (gen_random_uuid());
