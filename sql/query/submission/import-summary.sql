-- What one import did: files by outcome and fact rows loaded, over every run (Spring Batch job execution) of its job
-- instance, as a run that continues one cut short finishes the same import; runs: how many runs it took.
WITH runs AS (
    SELECT e.job_execution_id
    FROM batch_job_execution e
    WHERE e.job_instance_id = (SELECT job_instance_id FROM batch_job_execution WHERE job_execution_id = :job)
)
SELECT (SELECT count(*) FROM runs)                                                           AS runs,
       count(*) FILTER (WHERE s.status IN ('accepted', 'superseded'))                        AS loaded,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM fact_submission o
                                      WHERE o.superseded_by = s.submission_key))             AS replaced_earlier,
       count(*) FILTER (WHERE s.status = 'superseded' AND s.superseded_by < s.submission_key) AS arrived_superseded,
       count(*) FILTER (WHERE s.status = 'duplicate')                                        AS duplicates,
       count(*) FILTER (WHERE s.status = 'rejected')                                         AS rejected,
       count(*) FILTER (WHERE s.status = 'held')                                             AS held,
       coalesce(sum((SELECT count(*) FROM fact_task_progress f WHERE f.submission_key = s.submission_key)), 0)      AS task_rows,
       coalesce(sum((SELECT count(*) FROM fact_indicator_value f WHERE f.submission_key = s.submission_key)), 0)    AS indicator_rows
FROM fact_submission s
WHERE s.job_execution_id IN (SELECT job_execution_id FROM runs)
