-- The latest report runs, whatever their outcome, with where a running one is: the fill, or the export (one
-- format per chunk, so its write count is the formats written). Runs older than :stale_hours that never ended were
-- cut short by a stopped process: they are not "running".
SELECT e.job_execution_id, e.status, e.start_time, e.end_time, e.exit_message,
       max(p.parameter_value) FILTER (WHERE p.parameter_name = 'kind')    AS kind,
       max(p.parameter_value) FILTER (WHERE p.parameter_name = 'period')  AS period,
       max(p.parameter_value) FILTER (WHERE p.parameter_name = 'formats') AS formats,
       (SELECT s.step_name FROM batch_step_execution s WHERE s.job_execution_id = e.job_execution_id
        ORDER BY s.step_execution_id DESC LIMIT 1)                        AS step,
       (SELECT s.write_count FROM batch_step_execution s WHERE s.job_execution_id = e.job_execution_id
          AND s.step_name = 'reportExport' ORDER BY s.step_execution_id DESC LIMIT 1) AS formats_written,
       e.end_time IS NULL AND e.start_time > localtimestamp - make_interval(hours => :stale_hours) AS running
FROM batch_job_execution e
JOIN batch_job_instance i USING (job_instance_id)
JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
WHERE i.job_name = 'reportJob'
GROUP BY e.job_execution_id, e.status, e.start_time, e.end_time, e.exit_message
ORDER BY e.job_execution_id DESC
LIMIT :limit
