-- Whether the warehouse knows a month (months come with the plans loaded).
SELECT EXISTS (SELECT 1 FROM dim_month WHERE month_key = :month)
