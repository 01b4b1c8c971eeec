-- The latest Spring Batch job executions (imports and reports), with their parameters and, for imports, what
-- became of the files they handled (held: kept for approval, a locked month's); for reports, which report (kind, period, formats).
SELECT e.job_execution_id, i.job_name, e.status, e.exit_code, e.start_time, e.end_time,
       (SELECT string_agg(p.parameter_name || '=' || p.parameter_value, ', ' ORDER BY p.parameter_name)
        FROM batch_job_execution_params p
        WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name <> 'run') AS parameters,
       (SELECT p.parameter_value FROM batch_job_execution_params p
        WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name = 'kind')                             AS report_kind,
       (SELECT p.parameter_value FROM batch_job_execution_params p
        WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name = 'period')                           AS report_period,
       (SELECT p.parameter_value FROM batch_job_execution_params p
        WHERE p.job_execution_id = e.job_execution_id AND p.parameter_name = 'formats')                          AS report_formats,
       (SELECT count(*) FROM fact_submission s WHERE s.job_execution_id = e.job_execution_id)                      AS files,
       (SELECT count(*) FROM fact_submission s WHERE s.job_execution_id = e.job_execution_id
                                                 AND s.status IN ('accepted', 'superseded'))                       AS loaded,
       (SELECT count(*) FROM fact_submission s WHERE s.job_execution_id = e.job_execution_id
                                                 AND s.status = 'rejected')                                        AS rejected,
       (SELECT count(*) FROM fact_submission s WHERE s.job_execution_id = e.job_execution_id
                                                 AND s.status IN ('held', 'released'))                             AS held
FROM batch_job_execution e
JOIN batch_job_instance i USING (job_instance_id)
ORDER BY e.job_execution_id DESC
LIMIT :limit
