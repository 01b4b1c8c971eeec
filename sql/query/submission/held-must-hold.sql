-- Whether a workbook for a month must wait for approval: the month is locked and no workbook with the same content
-- was released by staff (a released one comes back through the import to load).
SELECT EXISTS (SELECT 1 FROM month_lock WHERE month_key = :month)
       AND NOT EXISTS (SELECT 1 FROM fact_submission WHERE file_hash = :hash AND status = 'released')
