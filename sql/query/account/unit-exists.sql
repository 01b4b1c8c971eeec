-- Whether a unit code is known to the warehouse (at any time).
SELECT EXISTS (SELECT 1 FROM dim_unit WHERE code = :code)
