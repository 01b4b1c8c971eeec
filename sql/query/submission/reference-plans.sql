-- Reference data of the import: every plan with its period.
SELECT plan_key, code, starts_on, ends_on FROM dim_plan
