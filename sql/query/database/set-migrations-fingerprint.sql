-- Records the migrations applied in full: the next start with the same ones skips Flyway.
UPDATE warehouse SET migrations_fingerprint = :fingerprint
