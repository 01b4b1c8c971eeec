-- Reports written into one folder (the reports folder): the latest completed run of each kind and period, newest
-- first, with the formats it wrote.
WITH runs AS (
    SELECT e.job_execution_id, e.end_time,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'plan')    AS plan,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'kind')    AS kind,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'period')  AS period,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'formats') AS formats,
           max(p.parameter_value) FILTER (WHERE p.parameter_name = 'out')     AS out
    FROM batch_job_execution e
    JOIN batch_job_instance i USING (job_instance_id)
    JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
    WHERE i.job_name = 'reportJob' AND e.status = 'COMPLETED'
    GROUP BY e.job_execution_id, e.end_time)
SELECT * FROM (SELECT DISTINCT ON (kind, period) * FROM runs WHERE out = :out ORDER BY kind, period, end_time DESC) latest
ORDER BY end_time DESC
