-- Reference data of the import: the units that report each indicator (unit groups expanded).
SELECT indicator_key, unit_key FROM v_indicator_unit
