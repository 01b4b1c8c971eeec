-- The key that signs workbook markers as migration V3 generated it, read once by migration 12.1 to move it into a file.
SELECT value FROM app_secret WHERE name = 'workbook_marker_key'
