-- Reference data of the import: every unit over time.
SELECT unit_key, code, name, valid_from, valid_to FROM dim_unit
