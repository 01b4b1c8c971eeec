-- A value a load changed, with its old and new text.
INSERT INTO plan_change (revision_key, entity, entity_code, field, old_value, new_value)
VALUES (:revision, :entity, :code, :field, :old, :new)
