-- An approved held workbook: released, its file goes back to the inbox, where the import records it again and loads it.
UPDATE fact_submission SET status = 'released' WHERE submission_key = :key AND status = 'held'
