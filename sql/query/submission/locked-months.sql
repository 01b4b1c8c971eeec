-- Which of a chunk's months are locked (chốt số liệu).
SELECT month_key FROM month_lock WHERE month_key = ANY(:months)
