-- Unlocks a month: later workbooks for it load again as usual (those already held still wait for a decision).
DELETE FROM month_lock WHERE month_key = :month
