-- A new portal account; the password arrives already hashed (BCrypt).
INSERT INTO app_user (login, password_hash, role, unit_code)
VALUES (:login, :hash, :role, :unit)
