-- The warehouse's identity and the fingerprint of the migrations last applied (migration V12).
SELECT id, migrations_fingerprint FROM warehouse
