-- The key that signs workbook markers now lives in a file of the da06 home (<home>/secrets/marker-key, readable by
-- its owner only), copied there by the Java migration 12.1: no role that can read the warehouse can read the key.
DROP TABLE app_secret;
