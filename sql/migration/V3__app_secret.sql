-- Secrets the warehouse generates for itself (never shipped in the repository).
CREATE TABLE app_secret (
    name   text PRIMARY KEY,
    value  text NOT NULL
);
COMMENT ON TABLE  app_secret IS 'Secrets da06 generates for itself, such as the key that signs workbook markers.';
COMMENT ON COLUMN app_secret.name IS 'What the secret is for.';
COMMENT ON COLUMN app_secret.value IS 'The secret (random, generated at installation).';

-- gen_random_uuid() draws from the server's strong random source: 244 random bits.
INSERT INTO app_secret (name, value)
VALUES ('workbook_marker_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
