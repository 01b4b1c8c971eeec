-- Task status by group at the end of the period (see report_task_status), with a total row ("Tổng"). The total row
-- carries the sentence that sums the table up in the report body: its figures are that row's, its words the
-- table's column headers (report_task_status_label), so the text cannot say what the table does not.
-- Parameters: plan, last_month (YYYYMM), period_label.
WITH counted AS (
    SELECT CASE WHEN grouping(g.seq) = 1 THEN 99 ELSE g.seq END AS seq,
           CASE WHEN grouping(g.seq) = 1 THEN 'Tổng' ELSE 'Nhóm' END AS row_kind,
           CASE WHEN grouping(g.seq) = 1 THEN '' ELSE g.code END AS code,
           CASE WHEN grouping(g.seq) = 1 THEN 'Tổng cộng' ELSE g.name END AS name,
           count(*)::integer AS total,
           count(*) FILTER (WHERE s.status = 'done_on_time')::integer AS done_on_time,
           count(*) FILTER (WHERE s.status = 'done_late')::integer AS done_late,
           count(*) FILTER (WHERE s.status = 'in_progress')::integer AS in_progress,
           count(*) FILTER (WHERE s.status = 'ongoing')::integer AS ongoing,
           count(*) FILTER (WHERE s.status = 'not_due')::integer AS not_due,
           count(*) FILTER (WHERE s.status = 'not_started')::integer AS not_started,
           count(*) FILTER (WHERE s.status = 'waiting')::integer AS waiting,
           count(*) FILTER (WHERE s.status = 'overdue')::integer AS overdue
    FROM dim_plan p
    JOIN dim_task t ON t.plan_key = p.plan_key
    JOIN dim_task_group g ON g.task_group_key = t.task_group_key
    JOIN report_task_status(p.plan_key, :last_month) s ON s.task_key = t.task_key
    WHERE p.code = :plan
    GROUP BY GROUPING SETS ((g.seq, g.code, g.name), ())
)
SELECT c.*,
       CASE WHEN c.row_kind = 'Tổng' THEN
           'Kế hoạch có ' || c.total || ' nhiệm vụ. Đến hết ' || :period_label || ': '
           || (SELECT string_agg(x.n || ' nhiệm vụ ' || lower(report_task_status_label(x.status)), ', ' ORDER BY x.seq)
               FROM (VALUES (1, 'done_on_time', c.done_on_time), (2, 'done_late', c.done_late),
                            (3, 'in_progress', c.in_progress), (4, 'ongoing', c.ongoing), (5, 'not_due', c.not_due),
                            (6, 'not_started', c.not_started), (7, 'waiting', c.waiting), (8, 'overdue', c.overdue))
                    AS x(seq, status, n)
               WHERE x.n > 0)
           || '.'
       END AS sentence
FROM counted c
ORDER BY c.seq
