-- The plan whose time covers a period (the latest year's plan when several do).
SELECT code FROM dim_plan WHERE starts_on <= :last_day AND ends_on >= :first_day ORDER BY year DESC, updated_at DESC LIMIT 1
