-- Reference data of the import: every plan's indicators.
SELECT indicator_key, plan_key, code FROM dim_indicator
